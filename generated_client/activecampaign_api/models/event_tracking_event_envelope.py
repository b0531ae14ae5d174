from __future__ import annotations

from ..decoding import Model as _Model


class EventTrackingEventEnvelope(
    _Model,
    kw_only=True,
    rename={
        "event_tracking_event": "eventTrackingEvent",
    },
):
    """A model of the API's answers."""

    event_tracking_event: EventTrackingEvent
    """ A tracked event, known only by its name. """


from .event_tracking_event import EventTrackingEvent  # noqa: E402
