from __future__ import annotations

from ..decoding import Model as _Model


class FormBorder(_Model, kw_only=True):
    """Border styling; sizes in pixels as numbers."""

    width: str | None = None
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
    style: str | None = None
    color: str | None = None
    """ Hex colour without `#`. """
    radius: str | None = None
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
