from typing import Literal

SmsAiRequestStatusStatus = Literal["error", "in_progress", "success"]

SMS_AI_REQUEST_STATUS_STATUS_VALUES: set[SmsAiRequestStatusStatus] = {
    "error",
    "in_progress",
    "success",
}


def check_sms_ai_request_status_status(value: str) -> SmsAiRequestStatusStatus:
    if value in SMS_AI_REQUEST_STATUS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_AI_REQUEST_STATUS_STATUS_VALUES!r}")
