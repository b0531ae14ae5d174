from typing import Literal

SmsBroadcastStatus = Literal["draft", "pending_review", "scheduled", "sending", "sent"]

SMS_BROADCAST_STATUS_VALUES: set[SmsBroadcastStatus] = {
    "draft",
    "pending_review",
    "scheduled",
    "sending",
    "sent",
}


def check_sms_broadcast_status(value: str) -> SmsBroadcastStatus:
    if value in SMS_BROADCAST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_BROADCAST_STATUS_VALUES!r}")
