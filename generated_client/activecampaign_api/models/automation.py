from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Automation(_Model, kw_only=True):
    """An automation. Counters and flags arrive as strings of digits."""

    id: str
    name: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    userid: str | None = None
    """ Id of the user who owns the automation. """
    status: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    entered: str | None = None
    """ Number of contacts that entered the automation. """
    exited: str | None = None
    """ Number of contacts that left the automation. """
    hidden: str | None = None
    entitlements_violation: str | None = None
    source: str | None = None
    description: str | None = None
    exit_on_unsubscribe: str | None = None
    exit_on_conversion: str | None = None
    multientry: str | None = None
    """ 1 when a contact may enter the automation more than once. """
    defaultscreenshot: str | None = None
    screenshot: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
