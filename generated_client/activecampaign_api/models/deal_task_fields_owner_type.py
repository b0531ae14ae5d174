from typing import Literal

DealTaskFieldsOwnerType = Literal["contact", "deal"]

DEAL_TASK_FIELDS_OWNER_TYPE_VALUES: set[DealTaskFieldsOwnerType] = {
    "contact",
    "deal",
}


def check_deal_task_fields_owner_type(value: str) -> DealTaskFieldsOwnerType:
    if value in DEAL_TASK_FIELDS_OWNER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_TASK_FIELDS_OWNER_TYPE_VALUES!r}")
