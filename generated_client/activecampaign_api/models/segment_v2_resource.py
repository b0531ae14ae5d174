from __future__ import annotations

from typing import TYPE_CHECKING

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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    type_: str | None = None

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            attributes: SegmentV2,
            id: str | int | None = None,
            type_: str | int | float | None = None,
        ) -> None: ...


from .segment_v2 import SegmentV2  # noqa: E402
