from typing import Literal

SmsRecipientExportRequestDeliverabilityItem = Literal["delivered", "failed"]

SMS_RECIPIENT_EXPORT_REQUEST_DELIVERABILITY_ITEM_VALUES: set[SmsRecipientExportRequestDeliverabilityItem] = {
    "delivered",
    "failed",
}


def check_sms_recipient_export_request_deliverability_item(value: str) -> SmsRecipientExportRequestDeliverabilityItem:
    if value in SMS_RECIPIENT_EXPORT_REQUEST_DELIVERABILITY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMS_RECIPIENT_EXPORT_REQUEST_DELIVERABILITY_ITEM_VALUES!r}"
    )
