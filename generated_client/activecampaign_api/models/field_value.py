from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class FieldValue(_Model, kw_only=True):
    """The value of one custom contact field on one contact."""

    id: str
    contact: str | None = None
    field: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    value: str | None = None
    """ The stored value; null when the field is empty. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_by: str | None = None
    updated_by: str | None = None
    owner: str | None = None
    """ Id of the contact owning the value. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
