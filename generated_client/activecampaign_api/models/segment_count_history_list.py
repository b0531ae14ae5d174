from __future__ import annotations

from ..decoding import Model as _Model


class SegmentCountHistoryList(_Model, kw_only=True):
    """A model of the API's answers."""

    data: list[SegmentCountResource]
    errors: list[SegmentErrorDetail] | None = None
    """ Segments whose counts could not be read, when several were asked for. """


from .segment_count_resource import SegmentCountResource  # noqa: E402
from .segment_error_detail import SegmentErrorDetail  # noqa: E402
