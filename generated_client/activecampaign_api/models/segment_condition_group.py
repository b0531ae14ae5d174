from __future__ import annotations

from ..decoding import Model as _Model


class SegmentConditionGroup(_Model, kw_only=True):
    """Conditions combined with one operator."""

    id: str
    operator: SegmentConditionGroupOperator
    values: list[SegmentConditionGroupMember]


from .segment_condition_group_member import SegmentConditionGroupMember  # noqa: E402
from .segment_condition_group_operator import SegmentConditionGroupOperator  # noqa: E402
