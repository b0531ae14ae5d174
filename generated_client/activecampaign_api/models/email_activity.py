from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class EmailActivity(
    _Model,
    kw_only=True,
    rename={
        "from_address": "fromAddress",
        "to_address": "toAddress",
        "cc_address": "ccAddress",
        "message_html": "messageHtml",
    },
):
    """An email sent to or received from a contact and logged in the account."""

    id: str
    subscriberid: str | None = None
    userid: str | None = None
    d_id: str | None = None
    """ Id of the deal the email is logged on; `0` when none. """
    account: str | None = None
    reltype: str | None = None
    relid: str | None = None
    from_name: str | None = None
    from_address: str | None = None
    to_address: str | None = None
    cc_address: str | None = None
    subject: str | None = None
    message: str | None = None
    message_html: str | None = None
    tstamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    contact: str | None = None
    deal: str | None = None
    user: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
