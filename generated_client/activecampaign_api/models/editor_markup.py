from __future__ import annotations

from ..decoding import Model as _Model


class EditorMarkup(_Model, kw_only=True):
    """A model of the API's answers."""

    html: str | None = None
    css: str | None = None
