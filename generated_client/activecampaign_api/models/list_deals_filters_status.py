from typing import Literal

ListDealsFiltersStatus = Literal[0, 1, 2]

LIST_DEALS_FILTERS_STATUS_VALUES: set[ListDealsFiltersStatus] = {
    0,
    1,
    2,
}


def check_list_deals_filters_status(value: int) -> ListDealsFiltersStatus:
    if value in LIST_DEALS_FILTERS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_FILTERS_STATUS_VALUES!r}")
