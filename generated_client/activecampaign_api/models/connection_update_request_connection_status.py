from typing import Literal

ConnectionUpdateRequestConnectionStatus = Literal[0, 1]

CONNECTION_UPDATE_REQUEST_CONNECTION_STATUS_VALUES: set[ConnectionUpdateRequestConnectionStatus] = {
    0,
    1,
}


def check_connection_update_request_connection_status(value: int) -> ConnectionUpdateRequestConnectionStatus:
    if value in CONNECTION_UPDATE_REQUEST_CONNECTION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONNECTION_UPDATE_REQUEST_CONNECTION_STATUS_VALUES!r}"
    )
