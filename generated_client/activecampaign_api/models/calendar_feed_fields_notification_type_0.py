from typing import Literal

CalendarFeedFieldsNotificationType0 = Literal[0, 1]

CALENDAR_FEED_FIELDS_NOTIFICATION_TYPE_0_VALUES: set[CalendarFeedFieldsNotificationType0] = {
    0,
    1,
}


def check_calendar_feed_fields_notification_type_0(value: int) -> CalendarFeedFieldsNotificationType0:
    if value in CALENDAR_FEED_FIELDS_NOTIFICATION_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALENDAR_FEED_FIELDS_NOTIFICATION_TYPE_0_VALUES!r}")
