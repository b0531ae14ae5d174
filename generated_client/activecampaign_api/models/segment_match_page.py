from __future__ import annotations

from ..decoding import Model as _Model


class SegmentMatchPage(_Model, kw_only=True):
    """A model of the API's answers."""

    current_page: int | None = None
    last_page: int | None = None
    per_page: int | None = None
    total: int | None = None
    """ Matching contacts across all pages. """
