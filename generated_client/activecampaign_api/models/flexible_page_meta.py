from __future__ import annotations

from ..decoding import Model as _Model


class FlexiblePageMeta(_Model, kw_only=True):
    """Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather than
    always as a string."""

    total: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
