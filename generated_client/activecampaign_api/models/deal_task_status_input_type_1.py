from typing import Literal

DealTaskStatusInputType1 = Literal["0", "1"]

DEAL_TASK_STATUS_INPUT_TYPE_1_VALUES: set[DealTaskStatusInputType1] = {
    "0",
    "1",
}


def check_deal_task_status_input_type_1(value: str) -> DealTaskStatusInputType1:
    if value in DEAL_TASK_STATUS_INPUT_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_TASK_STATUS_INPUT_TYPE_1_VALUES!r}")
