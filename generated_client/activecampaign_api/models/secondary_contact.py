from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SecondaryContact(_Model, kw_only=True):
    """A contact taking part in a deal besides its primary contact. Ids are strings, or numbers when echoed after a
    write."""

    id: str
    deal: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    contact: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    role: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_timestamp: str | None = None
    updated_timestamp: str | None = None
    created_by: str | None = None
    updated_by: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
