from __future__ import annotations

from ..decoding import Model as _Model


class AutomationStart(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A start trigger of an automation."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    series: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    type_: str | None = None
    """ Trigger kind, for example `subscribe`. """
