from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SmsMessage(_Model, kw_only=True):
    """An SMS message sent by automations (shape from the client named on the operation)."""

    id: str
    userid: str | None = None
    seriesid: str | None = None
    """ Id of the automation that sends the message. """
    msg: str | None = None
    """ The message text. """
    tstamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    tf_day: str | None = None
    """ Days of the week the message may go out on. """
    tf_hr_from: str | None = None
    tf_hr_to: str | None = None
    sent: str | None = None
    failed: str | None = None
    unsubscribes: str | None = None
    replies: str | None = None
    uniquereplies: str | None = None
    sdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    ldate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    user: str | None = None
    automation: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
