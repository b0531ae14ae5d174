from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..decoding import Model as _Model


class SegmentV2(_Model, kw_only=True):
    """One version of a segment."""

    segment_condition_group_operator: SegmentV2SegmentConditionGroupOperator
    """ How the condition groups combine. """
    segment_condition_groups: list[SegmentConditionGroup]
    segment_conditions: list[SegmentCondition]
    segment_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    segment_hash: str | None = None
    """ Fingerprint of the conditions; set by the service. """
    user_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    name: str | None = None
    """ Makes the segment a saved one (listed as an audience); unique. Only settable when creating. """
    description: str | None = None
    category: SegmentV2Category | None = None
    created_date: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    meta: dict[str, str] | None = None

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            segment_condition_group_operator: SegmentV2SegmentConditionGroupOperator,
            segment_condition_groups: list[SegmentConditionGroup],
            segment_conditions: list[SegmentCondition],
            segment_id: str | int | None = None,
            segment_hash: str | int | float | None = None,
            user_id: str | int | None = None,
            name: str | int | float | None = None,
            description: str | int | float | None = None,
            category: SegmentV2Category | None = None,
            created_date: datetime.datetime | str | None = None,
            meta: dict[str, str | int | float] | None = None,
        ) -> None: ...

    def page_items(self) -> list[SegmentConditionGroup]:
        """The items of this page (`segment_condition_groups`)."""
        return self.segment_condition_groups


from .segment_condition import SegmentCondition  # noqa: E402
from .segment_condition_group import SegmentConditionGroup  # noqa: E402
from .segment_v2_category import SegmentV2Category  # noqa: E402
from .segment_v2_segment_condition_group_operator import SegmentV2SegmentConditionGroupOperator  # noqa: E402
