from __future__ import annotations

from typing import TYPE_CHECKING

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

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            type_: str | int | float | None = None,
            email: str | int | float | None = None,
            list_: str | int | None = None,
            fromname: str | int | float | None = None,
            fromemail: str | int | float | None = None,
            subject: str | int | float | None = None,
        ) -> None: ...
