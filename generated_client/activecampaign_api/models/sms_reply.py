from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SmsReply(_Model, kw_only=True):
    """A model of the API's answers."""

    message: str | None = None
    date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
