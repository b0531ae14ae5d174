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
    series: str | None = None
    """ Id of the automation the trigger starts. """
    type_: str | None = None
    """ Trigger kind, for example `subscribe`. """
