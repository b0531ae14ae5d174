from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Goal(_Model, kw_only=True):
    """A goal step of an automation."""

    id: str
    blockid: str | None = None
    seriesid: str | None = None
    name: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    dirty_stats: str | None = None
    automation: str | None = None
    automation_block: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
