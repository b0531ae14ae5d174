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
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[EventTrackingEvent]:
        """The items of this page (`event_tracking_events`)."""
        return self.event_tracking_events


from .event_tracking_event import EventTrackingEvent  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
