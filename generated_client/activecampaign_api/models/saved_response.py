from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SavedResponse(_Model, kw_only=True):
    """A saved response as the API returns it."""

    id: str
    title: str | None = None
    subject: str | None = None
    body: str | None = None
    ldate: str | None = None
    """ When the response was last used; null if never. """
    last_sent_user_id: str | None = None
    """ Id of the user who last used it. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
