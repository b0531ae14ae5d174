from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Score(_Model, kw_only=True):
    """A scoring rule for contacts or deals."""

    id: str
    reltype: str | None = None
    """ What the score rates, `contact` or `deal`. """
    name: str | None = None
    descript: str | None = None
    """ Free-text description of the rule. """
    status: str | None = None
    """ 1 active, 0 inactive (string of digits). """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
