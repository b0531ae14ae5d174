from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ContactEmail(_Model, kw_only=True):
    """A one-to-one email sent to a contact (shape from the client named on the operation)."""

    id: str
    messageid: str | None = None
    seriesid: str | None = None
    messageheader: str | None = None
    """ Raw headers of the email. """
    userid: str | None = None
    d_id: str | None = None
    """ Id of the deal the email is logged on, `0` for none. """
    subscriberid: str | None = None
    account: str | None = None
    ip: str | None = None
    sdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    source: str | None = None
    user: str | None = None
    deal: str | None = None
    contact: str | None = None
    message: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
