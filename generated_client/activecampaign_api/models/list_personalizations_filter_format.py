from typing import Literal

ListPersonalizationsFilterFormat = Literal["html", "text"]

LIST_PERSONALIZATIONS_FILTER_FORMAT_VALUES: set[ListPersonalizationsFilterFormat] = {
    "html",
    "text",
}


def check_list_personalizations_filter_format(value: str) -> ListPersonalizationsFilterFormat:
    if value in LIST_PERSONALIZATIONS_FILTER_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PERSONALIZATIONS_FILTER_FORMAT_VALUES!r}")
