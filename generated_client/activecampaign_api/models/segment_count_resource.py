from __future__ import annotations

from ..decoding import Model as _Model


class SegmentCountResource(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A model of the API's answers."""

    attributes: SegmentCount
    """ One recorded contact count of a segment. """
    id: str | None = None
    type_: SegmentCountResourceType | None = None


from .segment_count import SegmentCount  # noqa: E402
from .segment_count_resource_type import SegmentCountResourceType  # noqa: E402
