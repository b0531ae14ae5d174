from typing import Literal

ListExclusionUpdateRequestChannel = Literal["all", "allEmail", "allSms", "several"]

LIST_EXCLUSION_UPDATE_REQUEST_CHANNEL_VALUES: set[ListExclusionUpdateRequestChannel] = {
    "all",
    "allEmail",
    "allSms",
    "several",
}


def check_list_exclusion_update_request_channel(value: str) -> ListExclusionUpdateRequestChannel:
    if value in LIST_EXCLUSION_UPDATE_REQUEST_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXCLUSION_UPDATE_REQUEST_CHANNEL_VALUES!r}")
