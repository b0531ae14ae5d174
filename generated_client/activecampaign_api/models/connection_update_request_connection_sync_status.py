from typing import Literal

ConnectionUpdateRequestConnectionSyncStatus = Literal[0, 1]

CONNECTION_UPDATE_REQUEST_CONNECTION_SYNC_STATUS_VALUES: set[ConnectionUpdateRequestConnectionSyncStatus] = {
    0,
    1,
}


def check_connection_update_request_connection_sync_status(value: int) -> ConnectionUpdateRequestConnectionSyncStatus:
    if value in CONNECTION_UPDATE_REQUEST_CONNECTION_SYNC_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONNECTION_UPDATE_REQUEST_CONNECTION_SYNC_STATUS_VALUES!r}"
    )
