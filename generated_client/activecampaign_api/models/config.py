from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Config(_Model, kw_only=True):
    """A setting as the API returns it."""

    id: str
    keyname: str | None = None
    """ Dotted name of the setting. """
    section: str | None = None
    item: str | None = None
    userid: str | None = None
    """ Id of the user the setting belongs to. """
    owner: str | None = None
    """ Same as `userid`. """
    val: str | None = None
    """ The value, always a string. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
