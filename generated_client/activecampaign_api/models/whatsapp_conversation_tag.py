from __future__ import annotations

from typing import TYPE_CHECKING

from ..decoding import Model as _Model


class WhatsappConversationTag(_Model, kw_only=True):
    """A model of the API's answers."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    name: str

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            id: str | int,
            name: str | int | float,
        ) -> None: ...
