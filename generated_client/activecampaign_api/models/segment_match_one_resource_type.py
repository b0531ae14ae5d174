from typing import Literal

SegmentMatchOneResourceType = Literal["match"]

SEGMENT_MATCH_ONE_RESOURCE_TYPE_VALUES: set[SegmentMatchOneResourceType] = {
    "match",
}


def check_segment_match_one_resource_type(value: str) -> SegmentMatchOneResourceType:
    if value in SEGMENT_MATCH_ONE_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_MATCH_ONE_RESOURCE_TYPE_VALUES!r}")
