from typing import Literal

UrlWhitelistingCreateRequestDataType = Literal["urlWhitelistings"]

URL_WHITELISTING_CREATE_REQUEST_DATA_TYPE_VALUES: set[UrlWhitelistingCreateRequestDataType] = {
    "urlWhitelistings",
}


def check_url_whitelisting_create_request_data_type(value: str) -> UrlWhitelistingCreateRequestDataType:
    if value in URL_WHITELISTING_CREATE_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {URL_WHITELISTING_CREATE_REQUEST_DATA_TYPE_VALUES!r}")
