from typing import Literal

SegmentConditionGroupOperator = Literal["and", "or"]

SEGMENT_CONDITION_GROUP_OPERATOR_VALUES: set[SegmentConditionGroupOperator] = {
    "and",
    "or",
}


def check_segment_condition_group_operator(value: str) -> SegmentConditionGroupOperator:
    if value in SEGMENT_CONDITION_GROUP_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_CONDITION_GROUP_OPERATOR_VALUES!r}")
