from typing import Literal

RequestSegmentMatchSomeInstant = Literal["false", "true"]

REQUEST_SEGMENT_MATCH_SOME_INSTANT_VALUES: set[RequestSegmentMatchSomeInstant] = {
    "false",
    "true",
}


def check_request_segment_match_some_instant(value: str) -> RequestSegmentMatchSomeInstant:
    if value in REQUEST_SEGMENT_MATCH_SOME_INSTANT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REQUEST_SEGMENT_MATCH_SOME_INSTANT_VALUES!r}")
