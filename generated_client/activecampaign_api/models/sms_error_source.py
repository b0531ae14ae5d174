from typing import Literal

SmsErrorSource = Literal["ac", "twilio"]

SMS_ERROR_SOURCE_VALUES: set[SmsErrorSource] = {
    "ac",
    "twilio",
}


def check_sms_error_source(value: str) -> SmsErrorSource:
    if value in SMS_ERROR_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_ERROR_SOURCE_VALUES!r}")
