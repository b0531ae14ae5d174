from typing import Literal

SegmentV2SegmentConditionGroupOperator = Literal["and", "or"]

SEGMENT_V2_SEGMENT_CONDITION_GROUP_OPERATOR_VALUES: set[SegmentV2SegmentConditionGroupOperator] = {
    "and",
    "or",
}


def check_segment_v2_segment_condition_group_operator(value: str) -> SegmentV2SegmentConditionGroupOperator:
    if value in SEGMENT_V2_SEGMENT_CONDITION_GROUP_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEGMENT_V2_SEGMENT_CONDITION_GROUP_OPERATOR_VALUES!r}"
    )
