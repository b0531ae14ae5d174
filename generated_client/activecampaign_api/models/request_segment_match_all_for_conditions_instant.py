from typing import Literal

RequestSegmentMatchAllForConditionsInstant = Literal["false", "true"]

REQUEST_SEGMENT_MATCH_ALL_FOR_CONDITIONS_INSTANT_VALUES: set[RequestSegmentMatchAllForConditionsInstant] = {
    "false",
    "true",
}


def check_request_segment_match_all_for_conditions_instant(value: str) -> RequestSegmentMatchAllForConditionsInstant:
    if value in REQUEST_SEGMENT_MATCH_ALL_FOR_CONDITIONS_INSTANT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_SEGMENT_MATCH_ALL_FOR_CONDITIONS_INSTANT_VALUES!r}"
    )
