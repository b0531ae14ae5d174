from __future__ import annotations

from ..decoding import Model as _Model


class SegmentV2Resource(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A model of the API's answers."""

    attributes: SegmentV2
    """ One version of a segment. """
    id: str | None = None
    type_: str | None = None


from .segment_v2 import SegmentV2  # noqa: E402
