from typing import Literal

CalendarFeedFieldsType = Literal["All", "Contacts", "Deals"]

CALENDAR_FEED_FIELDS_TYPE_VALUES: set[CalendarFeedFieldsType] = {
    "All",
    "Contacts",
    "Deals",
}


def check_calendar_feed_fields_type(value: str) -> CalendarFeedFieldsType:
    if value in CALENDAR_FEED_FIELDS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_FEED_FIELDS_TYPE_VALUES!r}")
