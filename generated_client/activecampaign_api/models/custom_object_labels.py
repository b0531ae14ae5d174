from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectLabels(_Model, kw_only=True):
    """Human-readable names of a schema, field or relationship."""

    singular: str | None = None
    plural: str | None = None
