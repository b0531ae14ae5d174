from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class WhatsappChannel(_Model, kw_only=True):
    """A connected WhatsApp number."""

    id: int
    channel_type: str | None = None
    name: str | None = None
    channel_id: str | None = None
    status: str | None = None
    created_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    channel_provider: str | None = None
    is_sandbox: bool | None = None
