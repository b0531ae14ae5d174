from typing import Literal

DealTaskStatusInputType0 = Literal[0, 1]

DEAL_TASK_STATUS_INPUT_TYPE_0_VALUES: set[DealTaskStatusInputType0] = {
    0,
    1,
}


def check_deal_task_status_input_type_0(value: int) -> DealTaskStatusInputType0:
    if value in DEAL_TASK_STATUS_INPUT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_TASK_STATUS_INPUT_TYPE_0_VALUES!r}")
