from __future__ import annotations

from ..decoding import Model as _Model


class SegmentConditionGroup(_Model, kw_only=True):
    """Conditions combined with one operator."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    operator: SegmentConditionGroupOperator
    values: list[SegmentConditionGroupMember]


from .segment_condition_group_member import SegmentConditionGroupMember  # noqa: E402
from .segment_condition_group_operator import SegmentConditionGroupOperator  # noqa: E402
