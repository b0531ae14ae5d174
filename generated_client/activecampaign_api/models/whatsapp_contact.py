from __future__ import annotations

import datetime
from typing import Any

from ..decoding import Model as _Model


class WhatsappContact(_Model, kw_only=True):
    """A WhatsApp contact (not an ActiveCampaign contact id)."""

    id: str
    phone: str
    canonical_phone: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    meta: dict[str, Any] | None = None
    is_deleted: bool | None = None
    created_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    last_updated_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    source: str | None = None
    external_url: str | None = None
