from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class MessageActivity(_Model, kw_only=True):
    """One open or click of a campaign email by a contact."""

    id: str
    event: str | None = None
    """ What happened, for example `open` or `click`. """
    contact: str | None = None
    email: str | None = None
    campaign: str | None = None
    message: str | None = None
    link: str | None = None
    """ The tracked link clicked, for clicks. """
    tstamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
