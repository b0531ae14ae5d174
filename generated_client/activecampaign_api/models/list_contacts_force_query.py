from typing import Literal

ListContactsForceQuery = Literal[0, 1]

LIST_CONTACTS_FORCE_QUERY_VALUES: set[ListContactsForceQuery] = {
    0,
    1,
}


def check_list_contacts_force_query(value: int) -> ListContactsForceQuery:
    if value in LIST_CONTACTS_FORCE_QUERY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_FORCE_QUERY_VALUES!r}")
