from __future__ import annotations

from ..decoding import Model as _Model


class EventTrackingEventList(
    _Model,
    kw_only=True,
    rename={
        "event_tracking_events": "eventTrackingEvents",
    },
):
    """A model of the API's answers."""

    event_tracking_events: list[EventTrackingEvent]
    meta: FlexiblePageMeta | None = None
    """ Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather
    than always as a string. """

    def page_items(self) -> list[EventTrackingEvent]:
        """The items of this page (`event_tracking_events`)."""
        return self.event_tracking_events


from .event_tracking_event import EventTrackingEvent  # noqa: E402
from .flexible_page_meta import FlexiblePageMeta  # noqa: E402
