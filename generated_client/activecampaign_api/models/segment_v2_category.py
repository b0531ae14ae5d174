from typing import Literal

SegmentV2Category = Literal["AUDIENCE"]

SEGMENT_V2_CATEGORY_VALUES: set[SegmentV2Category] = {
    "AUDIENCE",
}


def check_segment_v2_category(value: str) -> SegmentV2Category:
    if value in SEGMENT_V2_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_V2_CATEGORY_VALUES!r}")
