from typing import Literal

ListContactAutomationsIncludeItem = Literal["automation", "contact"]

LIST_CONTACT_AUTOMATIONS_INCLUDE_ITEM_VALUES: set[ListContactAutomationsIncludeItem] = {
    "automation",
    "contact",
}


def check_list_contact_automations_include_item(value: str) -> ListContactAutomationsIncludeItem:
    if value in LIST_CONTACT_AUTOMATIONS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACT_AUTOMATIONS_INCLUDE_ITEM_VALUES!r}")
