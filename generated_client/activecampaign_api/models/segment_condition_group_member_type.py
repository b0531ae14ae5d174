from typing import Literal

SegmentConditionGroupMemberType = Literal["condition"]

SEGMENT_CONDITION_GROUP_MEMBER_TYPE_VALUES: set[SegmentConditionGroupMemberType] = {
    "condition",
}


def check_segment_condition_group_member_type(value: str) -> SegmentConditionGroupMemberType:
    if value in SEGMENT_CONDITION_GROUP_MEMBER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_CONDITION_GROUP_MEMBER_TYPE_VALUES!r}")
