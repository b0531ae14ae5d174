from __future__ import annotations

from typing import TYPE_CHECKING

from ..decoding import Model as _Model


class FormStyle(_Model, kw_only=True):
    """A model of the API's answers."""

    background: str | None = None
    """ Hex colour without `#`. """
    dark: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    fontcolor: str | None = None
    layout: str | None = None
    border: FormBorder | None = None
    """ Border styling; sizes in pixels as numbers. """
    width: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    ac_branding: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    button: FormButtonStyle | None = None
    customcss: str | None = None

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            background: str | int | float | None = None,
            dark: bool | int | str | None = None,
            fontcolor: str | int | float | None = None,
            layout: str | int | float | None = None,
            border: FormBorder | None = None,
            width: int | str | None = None,
            ac_branding: bool | int | str | None = None,
            button: FormButtonStyle | None = None,
            customcss: str | int | float | None = None,
        ) -> None: ...


from .form_border import FormBorder  # noqa: E402
from .form_button_style import FormButtonStyle  # noqa: E402
