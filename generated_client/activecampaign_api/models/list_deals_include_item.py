from typing import Literal

ListDealsIncludeItem = Literal["contact", "group", "owner", "stage"]

LIST_DEALS_INCLUDE_ITEM_VALUES: set[ListDealsIncludeItem] = {
    "contact",
    "group",
    "owner",
    "stage",
}


def check_list_deals_include_item(value: str) -> ListDealsIncludeItem:
    if value in LIST_DEALS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_INCLUDE_ITEM_VALUES!r}")
