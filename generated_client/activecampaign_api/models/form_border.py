from __future__ import annotations

from typing import TYPE_CHECKING

from ..decoding import Model as _Model


class FormBorder(_Model, kw_only=True):
    """Border styling; sizes in pixels as numbers."""

    width: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    style: str | None = None
    color: str | None = None
    """ Hex colour without `#`. """
    radius: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            width: int | str | None = None,
            style: str | int | float | None = None,
            color: str | int | float | None = None,
            radius: int | str | None = None,
        ) -> None: ...
