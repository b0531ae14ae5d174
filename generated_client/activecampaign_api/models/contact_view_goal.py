from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ContactViewGoal(
    _Model,
    kw_only=True,
    rename={
        "contact_automation": "contactAutomation",
    },
):
    """An automation goal the contact reached."""

    id: str
    goalid: str | None = None
    seriesid: str | None = None
    subscriberid: str | None = None
    subscriberseriesid: str | None = None
    timespan: str | None = None
    tstamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    goal: str | None = None
    automation: str | None = None
    contact: str | None = None
    contact_automation: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
