from typing import Literal

SegmentMatchSomeRequestDataAttributesGroupOperator = Literal["and", "or"]

SEGMENT_MATCH_SOME_REQUEST_DATA_ATTRIBUTES_GROUP_OPERATOR_VALUES: set[
    SegmentMatchSomeRequestDataAttributesGroupOperator
] = {
    "and",
    "or",
}


def check_segment_match_some_request_data_attributes_group_operator(
    value: str,
) -> SegmentMatchSomeRequestDataAttributesGroupOperator:
    if value in SEGMENT_MATCH_SOME_REQUEST_DATA_ATTRIBUTES_GROUP_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEGMENT_MATCH_SOME_REQUEST_DATA_ATTRIBUTES_GROUP_OPERATOR_VALUES!r}"
    )
