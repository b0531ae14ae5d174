from typing import Literal

DealFieldsStatus = Literal[0, 1, 2]

DEAL_FIELDS_STATUS_VALUES: set[DealFieldsStatus] = {
    0,
    1,
    2,
}


def check_deal_fields_status(value: int) -> DealFieldsStatus:
    if value in DEAL_FIELDS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_FIELDS_STATUS_VALUES!r}")
