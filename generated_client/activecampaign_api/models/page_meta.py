from __future__ import annotations

from ..decoding import Model as _Model


class PageMeta(_Model, kw_only=True):
    """Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others."""

    total: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
