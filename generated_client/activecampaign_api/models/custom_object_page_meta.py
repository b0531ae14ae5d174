from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectPageMeta(_Model, kw_only=True):
    """Paging information of custom object lists; numbers, unlike other lists."""

    total: int | None = None
    count: int | None = None
    limit: int | None = None
    offset: int | None = None
