from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectFieldOption(_Model, kw_only=True):
    """One choice of a dropdown or multiselect field."""

    id: str | None = None
    value: str | None = None
