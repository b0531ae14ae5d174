from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ContactConversion(_Model, kw_only=True):
    """A model of the API's answers."""

    id: str
    contact: str | None = None
    conversion: str | None = None
    conversion_trigger: str | None = None
    converted_by_type: str | None = None
    converted_by_id: str | None = None
    trigger_type: str | None = None
    modifier: str | None = None
    value: str | None = None
    currency: str | None = None
    dynamic: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    conversiontrigger: str | None = None
    converted_by: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
