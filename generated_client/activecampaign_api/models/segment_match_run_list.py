from __future__ import annotations

from ..decoding import Model as _Model


class SegmentMatchRunList(_Model, kw_only=True):
    """A model of the API's answers."""

    data: list[SegmentMatchRunResource]


from .segment_match_run_resource import SegmentMatchRunResource  # noqa: E402
