from typing import Literal

ListContactsInGroupLists = Literal["false", "true"]

LIST_CONTACTS_IN_GROUP_LISTS_VALUES: set[ListContactsInGroupLists] = {
    "false",
    "true",
}


def check_list_contacts_in_group_lists(value: str) -> ListContactsInGroupLists:
    if value in LIST_CONTACTS_IN_GROUP_LISTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_IN_GROUP_LISTS_VALUES!r}")
