from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ContactTag(_Model, kw_only=True):
    """One tag applied to one contact."""

    id: str
    contact: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    tag: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_timestamp: str | None = None
    updated_timestamp: str | None = None
    created_by: str | None = None
    updated_by: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
