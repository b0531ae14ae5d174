from typing import Literal

SmsRecipientDeliverability = Literal["delivered", "failed"]

SMS_RECIPIENT_DELIVERABILITY_VALUES: set[SmsRecipientDeliverability] = {
    "delivered",
    "failed",
}


def check_sms_recipient_deliverability(value: str) -> SmsRecipientDeliverability:
    if value in SMS_RECIPIENT_DELIVERABILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_RECIPIENT_DELIVERABILITY_VALUES!r}")
