from typing import Literal

ListEcomOrdersFiltersState = Literal[0, 1, 2, 3, 4]

LIST_ECOM_ORDERS_FILTERS_STATE_VALUES: set[ListEcomOrdersFiltersState] = {
    0,
    1,
    2,
    3,
    4,
}


def check_list_ecom_orders_filters_state(value: int) -> ListEcomOrdersFiltersState:
    if value in LIST_ECOM_ORDERS_FILTERS_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ECOM_ORDERS_FILTERS_STATE_VALUES!r}")
