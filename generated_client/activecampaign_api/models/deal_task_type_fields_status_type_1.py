from typing import Literal

DealTaskTypeFieldsStatusType1 = Literal["0", "1"]

DEAL_TASK_TYPE_FIELDS_STATUS_TYPE_1_VALUES: set[DealTaskTypeFieldsStatusType1] = {
    "0",
    "1",
}


def check_deal_task_type_fields_status_type_1(value: str) -> DealTaskTypeFieldsStatusType1:
    if value in DEAL_TASK_TYPE_FIELDS_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_TASK_TYPE_FIELDS_STATUS_TYPE_1_VALUES!r}")
