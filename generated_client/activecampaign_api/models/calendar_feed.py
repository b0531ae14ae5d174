from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class CalendarFeed(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A calendar feed as the API returns it."""

    id: str
    title: str | None = None
    type_: str | None = None
    """ What the feed shows, `All`, `Deals` or `Contacts`. """
    userid: str | None = None
    """ Id of the user who owns the feed. """
    notification: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    token: str | None = None
    """ Secret part of the feed's subscription URL. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
