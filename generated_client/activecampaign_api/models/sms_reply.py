from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SmsReply(_Model, kw_only=True):
    """A model of the API's answers."""

    message: str | None = None
    date: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
