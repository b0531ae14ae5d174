from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class FieldOption(_Model, kw_only=True):
    """One choice of a dropdown, radio, checkbox or listbox field."""

    id: str
    field: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    orderid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    value: str | None = None
    label: str | None = None
    isdefault: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
