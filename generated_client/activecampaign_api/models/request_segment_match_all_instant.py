from typing import Literal

RequestSegmentMatchAllInstant = Literal["false", "true"]

REQUEST_SEGMENT_MATCH_ALL_INSTANT_VALUES: set[RequestSegmentMatchAllInstant] = {
    "false",
    "true",
}


def check_request_segment_match_all_instant(value: str) -> RequestSegmentMatchAllInstant:
    if value in REQUEST_SEGMENT_MATCH_ALL_INSTANT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REQUEST_SEGMENT_MATCH_ALL_INSTANT_VALUES!r}")
