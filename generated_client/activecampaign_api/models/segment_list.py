from __future__ import annotations

from ..decoding import Model as _Model


class SegmentList(_Model, kw_only=True):
    """A model of the API's answers."""

    segments: list[Segment]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Segment]:
        """The items of this page (`segments`)."""
        return self.segments


from .page_meta import PageMeta  # noqa: E402
from .segment import Segment  # noqa: E402
