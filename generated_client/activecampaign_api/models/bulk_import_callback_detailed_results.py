from typing import Literal

BulkImportCallbackDetailedResults = Literal["false", "true"]

BULK_IMPORT_CALLBACK_DETAILED_RESULTS_VALUES: set[BulkImportCallbackDetailedResults] = {
    "false",
    "true",
}


def check_bulk_import_callback_detailed_results(value: str) -> BulkImportCallbackDetailedResults:
    if value in BULK_IMPORT_CALLBACK_DETAILED_RESULTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_IMPORT_CALLBACK_DETAILED_RESULTS_VALUES!r}")
