from typing import Literal

ListContactsStatus = Literal[-1, 0, 1, 2, 3]

LIST_CONTACTS_STATUS_VALUES: set[ListContactsStatus] = {
    -1,
    0,
    1,
    2,
    3,
}


def check_list_contacts_status(value: int) -> ListContactsStatus:
    if value in LIST_CONTACTS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_STATUS_VALUES!r}")
