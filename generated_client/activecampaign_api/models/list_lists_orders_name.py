from typing import Literal

ListListsOrdersName = Literal["asc", "desc", "weight"]

LIST_LISTS_ORDERS_NAME_VALUES: set[ListListsOrdersName] = {
    "asc",
    "desc",
    "weight",
}


def check_list_lists_orders_name(value: str) -> ListListsOrdersName:
    if value in LIST_LISTS_ORDERS_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LISTS_ORDERS_NAME_VALUES!r}")
