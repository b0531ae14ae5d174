from __future__ import annotations

from typing import TYPE_CHECKING

from ..decoding import Model as _Model


class FormButtonStyle(_Model, kw_only=True):
    """A model of the API's answers."""

    padding: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    background: str | None = None
    fontcolor: str | None = None
    border: FormBorder | None = None
    """ Border styling; sizes in pixels as numbers. """

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            padding: int | str | None = None,
            background: str | int | float | None = None,
            fontcolor: str | int | float | None = None,
            border: FormBorder | None = None,
        ) -> None: ...


from .form_border import FormBorder  # noqa: E402
