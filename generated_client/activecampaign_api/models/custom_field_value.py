from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class CustomFieldValue(_Model, kw_only=True):
    """The value of one custom field on one contact. Unlike in contact views, `contact`, `field` and `owner` come back
    as numbers right after a write and may be null on orphaned values."""

    id: str
    contact: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    field: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    value: str | None = None
    """ The stored value; multi-value fields look like `||Red||Blue||`. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_by: str | None = None
    updated_by: str | None = None
    owner: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
