from __future__ import annotations

from ..decoding import Model as _Model


class FormButtonStyle(_Model, kw_only=True):
    """A model of the API's answers."""

    padding: str | None = None
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
    background: str | None = None
    fontcolor: str | None = None
    border: FormBorder | None = None
    """ Border styling; sizes in pixels as numbers. """


from .form_border import FormBorder  # noqa: E402
