from typing import Literal

SmsRecipientOptOut = Literal["no", "yes"]

SMS_RECIPIENT_OPT_OUT_VALUES: set[SmsRecipientOptOut] = {
    "no",
    "yes",
}


def check_sms_recipient_opt_out(value: str) -> SmsRecipientOptOut:
    if value in SMS_RECIPIENT_OPT_OUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_RECIPIENT_OPT_OUT_VALUES!r}")
