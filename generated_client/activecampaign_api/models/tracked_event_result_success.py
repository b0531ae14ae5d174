from typing import Literal

TrackedEventResultSuccess = Literal[0, 1]

TRACKED_EVENT_RESULT_SUCCESS_VALUES: set[TrackedEventResultSuccess] = {
    0,
    1,
}


def check_tracked_event_result_success(value: int) -> TrackedEventResultSuccess:
    if value in TRACKED_EVENT_RESULT_SUCCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACKED_EVENT_RESULT_SUCCESS_VALUES!r}")
