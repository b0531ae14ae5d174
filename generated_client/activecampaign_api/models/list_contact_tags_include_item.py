from typing import Literal

ListContactTagsIncludeItem = Literal["contact", "tag"]

LIST_CONTACT_TAGS_INCLUDE_ITEM_VALUES: set[ListContactTagsIncludeItem] = {
    "contact",
    "tag",
}


def check_list_contact_tags_include_item(value: str) -> ListContactTagsIncludeItem:
    if value in LIST_CONTACT_TAGS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACT_TAGS_INCLUDE_ITEM_VALUES!r}")
