from __future__ import annotations

from typing import TYPE_CHECKING

from ..decoding import Model as _Model


class SegmentV2Document(_Model, kw_only=True):
    """A segment in JSON:API form, in requests and answers alike."""

    data: list[SegmentV2Resource]

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            data: list[SegmentV2Resource],
        ) -> None: ...


from .segment_v2_resource import SegmentV2Resource  # noqa: E402
