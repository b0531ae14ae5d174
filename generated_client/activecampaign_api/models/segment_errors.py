from __future__ import annotations

from ..decoding import Model as _Model


class SegmentErrors(_Model, kw_only=True):
    """A model of the API's answers."""

    errors: list[SegmentErrorDetail] | None = None


from .segment_error_detail import SegmentErrorDetail  # noqa: E402
