from __future__ import annotations

from ..decoding import Model as _Model


class CalendarFeedEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    calendar: CalendarFeed
    """ A calendar feed as the API returns it. """


from .calendar_feed import CalendarFeed  # noqa: E402
