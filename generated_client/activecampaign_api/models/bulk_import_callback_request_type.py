from typing import Literal

BulkImportCallbackRequestType = Literal["GET", "POST"]

BULK_IMPORT_CALLBACK_REQUEST_TYPE_VALUES: set[BulkImportCallbackRequestType] = {
    "GET",
    "POST",
}


def check_bulk_import_callback_request_type(value: str) -> BulkImportCallbackRequestType:
    if value in BULK_IMPORT_CALLBACK_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_IMPORT_CALLBACK_REQUEST_TYPE_VALUES!r}")
