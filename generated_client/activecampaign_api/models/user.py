from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class User(
    _Model,
    kw_only=True,
    rename={
        "first_name": "firstName",
        "last_name": "lastName",
        "local_zoneid": "localZoneid",
        "user_group": "userGroup",
    },
):
    """A user as the API returns it."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    username: str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    signature: str | None = None
    """ Email signature, HTML. """
    lang: str | None = None
    """ Interface language, e.g. `english`. """
    local_zoneid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    user_group: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    cdate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    udate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
