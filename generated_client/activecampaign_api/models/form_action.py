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
    """ Id of the list, for `subscribe-to-list`. """
    fromname: str | None = None
    fromemail: str | None = None
    subject: str | None = None
