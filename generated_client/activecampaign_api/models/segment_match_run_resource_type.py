from typing import Literal

SegmentMatchRunResourceType = Literal["matchAll", "matchSome"]

SEGMENT_MATCH_RUN_RESOURCE_TYPE_VALUES: set[SegmentMatchRunResourceType] = {
    "matchAll",
    "matchSome",
}


def check_segment_match_run_resource_type(value: str) -> SegmentMatchRunResourceType:
    if value in SEGMENT_MATCH_RUN_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_MATCH_RUN_RESOURCE_TYPE_VALUES!r}")
