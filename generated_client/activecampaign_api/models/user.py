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
    """ Time zone name, e.g. `America/New_York`. """
    user_group: str | None = None
    """ Id of the user's group (sent after updates). """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
