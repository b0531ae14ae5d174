from __future__ import annotations

from ..decoding import Model as _Model


class SegmentMatchOneList(_Model, kw_only=True):
    """A model of the API's answers."""

    data: list[SegmentMatchOneResource]


from .segment_match_one_resource import SegmentMatchOneResource  # noqa: E402
