from typing import Literal

ListTagsOrdersSearch = Literal["asc", "desc", "weight"]

LIST_TAGS_ORDERS_SEARCH_VALUES: set[ListTagsOrdersSearch] = {
    "asc",
    "desc",
    "weight",
}


def check_list_tags_orders_search(value: str) -> ListTagsOrdersSearch:
    if value in LIST_TAGS_ORDERS_SEARCH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TAGS_ORDERS_SEARCH_VALUES!r}")
