from typing import Literal

CalendarFeedType = Literal["All", "Contacts", "Deals"]

CALENDAR_FEED_TYPE_VALUES: set[CalendarFeedType] = {
    "All",
    "Contacts",
    "Deals",
}


def check_calendar_feed_type(value: str) -> CalendarFeedType:
    if value in CALENDAR_FEED_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_FEED_TYPE_VALUES!r}")
