from __future__ import annotations

from ..decoding import Model as _Model


class SegmentV2Document(_Model, kw_only=True):
    """A segment in JSON:API form, in requests and answers alike."""

    data: list[SegmentV2Resource]


from .segment_v2_resource import SegmentV2Resource  # noqa: E402
