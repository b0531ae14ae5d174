from __future__ import annotations

from ..decoding import Model as _Model


class FormAction(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
        "list_": "list",
    },
):
    """Something the form does on submission (subscribe to a list, email the results...)."""

    type_: str | None = None
    """ For example `subscribe-to-list` or `email-results`. """
    email: str | None = None
    list_: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    fromname: str | None = None
    fromemail: str | None = None
    subject: str | None = None
