from typing import Literal

SmsBroadcastCreateRequestStatus = Literal["draft"]

SMS_BROADCAST_CREATE_REQUEST_STATUS_VALUES: set[SmsBroadcastCreateRequestStatus] = {
    "draft",
}


def check_sms_broadcast_create_request_status(value: str) -> SmsBroadcastCreateRequestStatus:
    if value in SMS_BROADCAST_CREATE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_BROADCAST_CREATE_REQUEST_STATUS_VALUES!r}")
