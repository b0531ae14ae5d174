from typing import Literal

SmsBroadcastUpdateRequestStatus = Literal["draft", "pending_review"]

SMS_BROADCAST_UPDATE_REQUEST_STATUS_VALUES: set[SmsBroadcastUpdateRequestStatus] = {
    "draft",
    "pending_review",
}


def check_sms_broadcast_update_request_status(value: str) -> SmsBroadcastUpdateRequestStatus:
    if value in SMS_BROADCAST_UPDATE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_BROADCAST_UPDATE_REQUEST_STATUS_VALUES!r}")
