from typing import Literal

SegmentCountResourceType = Literal["SegmentCountHistory"]

SEGMENT_COUNT_RESOURCE_TYPE_VALUES: set[SegmentCountResourceType] = {
    "SegmentCountHistory",
}


def check_segment_count_resource_type(value: str) -> SegmentCountResourceType:
    if value in SEGMENT_COUNT_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_COUNT_RESOURCE_TYPE_VALUES!r}")
