from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class FieldRel(_Model, kw_only=True):
    """The availability of a custom field on one list (`relid` 0 means all lists)."""

    id: str
    field: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    relid: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    dorder: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
