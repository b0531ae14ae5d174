from typing import Literal

SmsAiSource = Literal["ai_builder", "ai_index", "sms_index"]

SMS_AI_SOURCE_VALUES: set[SmsAiSource] = {
    "ai_builder",
    "ai_index",
    "sms_index",
}


def check_sms_ai_source(value: str) -> SmsAiSource:
    if value in SMS_AI_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_AI_SOURCE_VALUES!r}")
