from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class DealRole(_Model, kw_only=True):
    """A role a secondary contact can have in a deal."""

    id: str
    title: str | None = None
    created_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
