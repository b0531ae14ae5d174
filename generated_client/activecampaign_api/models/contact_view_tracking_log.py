from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ContactViewTrackingLog(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
        "hash_": "hash",
    },
):
    """One tracked event or site visit of the contact."""

    id: str
    subscriberid: str | None = None
    type_: str | None = None
    """ Event name. """
    value: str | None = None
    """ Event data sent with the event. """
    tstamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    hash_: str | None = None
    contact: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
