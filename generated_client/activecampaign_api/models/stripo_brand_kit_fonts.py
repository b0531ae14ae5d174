from __future__ import annotations

from ..decoding import Model as _Model


class StripoBrandKitFonts(
    _Model,
    kw_only=True,
    rename={
        "title_font": "titleFont",
        "title_weight": "titleWeight",
        "body_font": "bodyFont",
        "body_weight": "bodyWeight",
    },
):
    """A model of the API's answers."""

    title_font: str | None = None
    title_weight: str | None = None
    body_font: str | None = None
    body_weight: str | None = None
