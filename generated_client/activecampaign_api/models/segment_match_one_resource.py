from __future__ import annotations

from ..decoding import Model as _Model


class SegmentMatchOneResource(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A model of the API's answers."""

    attributes: SegmentMatchOne
    id: str | None = None
    type_: SegmentMatchOneResourceType | None = None


from .segment_match_one import SegmentMatchOne  # noqa: E402
from .segment_match_one_resource_type import SegmentMatchOneResourceType  # noqa: E402
