from __future__ import annotations

from typing import TYPE_CHECKING

from ..decoding import Model as _Model


class FormOptions(_Model, kw_only=True):
    """A model of the API's answers."""

    blanks_overwrite: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    confaction: str | None = None
    """ What happens after confirmation, for example `show-message`. """
    sendoptin: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    optin_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    optin_created: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    confform: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            blanks_overwrite: bool | int | str | None = None,
            confaction: str | int | float | None = None,
            sendoptin: bool | int | str | None = None,
            optin_id: str | int | None = None,
            optin_created: bool | int | str | None = None,
            confform: str | int | None = None,
        ) -> None: ...
