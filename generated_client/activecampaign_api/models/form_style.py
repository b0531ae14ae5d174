from __future__ import annotations

from ..decoding import Model as _Model


class FormStyle(_Model, kw_only=True):
    """A model of the API's answers."""

    background: str | None = None
    """ Hex colour without `#`. """
    dark: bool | None = None
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    fontcolor: str | None = None
    layout: str | None = None
    border: FormBorder | None = None
    """ Border styling; sizes in pixels as numbers. """
    width: str | None = None
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
    ac_branding: bool | None = None
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    button: FormButtonStyle | None = None
    customcss: str | None = None


from .form_border import FormBorder  # noqa: E402
from .form_button_style import FormButtonStyle  # noqa: E402
