from typing import Literal

DealTaskTypeFieldsStatusType0 = Literal[0, 1]

DEAL_TASK_TYPE_FIELDS_STATUS_TYPE_0_VALUES: set[DealTaskTypeFieldsStatusType0] = {
    0,
    1,
}


def check_deal_task_type_fields_status_type_0(value: int) -> DealTaskTypeFieldsStatusType0:
    if value in DEAL_TASK_TYPE_FIELDS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_TASK_TYPE_FIELDS_STATUS_TYPE_0_VALUES!r}")
