from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class LinkDatum(_Model, kw_only=True):
    """One click of a tracked link by a contact."""

    id: str
    contact: str | None = None
    email: str | None = None
    campaign: str | None = None
    link: str | None = None
    tstamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
