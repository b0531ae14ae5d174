from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ContactViewScoreValue(
    _Model,
    kw_only=True,
    rename={
        "score_value": "scoreValue",
    },
):
    """The contact's current value for one score."""

    id: str
    score: str | None = None
    contact: str | None = None
    deal: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: str | None = None
    score_value: str | None = None
    """ Points, as a string of digits. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
