from __future__ import annotations

from ..decoding import Model as _Model


class StripoBrandKitColors(
    _Model,
    kw_only=True,
    rename={
        "light_background": "lightBackground",
        "dark_background": "darkBackground",
    },
):
    """A model of the API's answers."""

    primary: str | None = None
    light_background: str | None = None
    dark_background: str | None = None
    accents: list[str] | None = None
