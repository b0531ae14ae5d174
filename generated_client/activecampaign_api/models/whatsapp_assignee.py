from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class WhatsappAssignee(_Model, kw_only=True):
    """A model of the API's answers."""

    id: int
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    account: int | None = None
    profile_image: str | None = None
    date_joined: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
