from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ContactViewBounceLog(_Model, kw_only=True):
    """One bounce of an email sent to the contact."""

    id: str
    tstamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    bounceid: str | None = None
    subscriberid: str | None = None
    campaignid: str | None = None
    messageid: str | None = None
    codeid: str | None = None
    email: str | None = None
    error: str | None = None
    source: str | None = None
    """ Raw headers of the bounce message. """
    created_timestamp: str | None = None
    updated_timestamp: str | None = None
    created_by: str | None = None
    updated_by: str | None = None
    bounce: str | None = None
    contact: str | None = None
    campaign: str | None = None
    message: str | None = None
    code: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
