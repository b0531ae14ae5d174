from __future__ import annotations

from ..decoding import Model as _Model


class PageMeta(_Model, kw_only=True):
    """Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits."""

    total: str | None = None
