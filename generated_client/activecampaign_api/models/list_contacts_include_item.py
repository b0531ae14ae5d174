from typing import Literal

ListContactsIncludeItem = Literal[
    "contactLists", "contactLists.list", "contactTags", "contactTags.tag", "deals", "fieldValues", "organization"
]

LIST_CONTACTS_INCLUDE_ITEM_VALUES: set[ListContactsIncludeItem] = {
    "contactLists",
    "contactLists.list",
    "contactTags",
    "contactTags.tag",
    "deals",
    "fieldValues",
    "organization",
}


def check_list_contacts_include_item(value: str) -> ListContactsIncludeItem:
    if value in LIST_CONTACTS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_INCLUDE_ITEM_VALUES!r}")
