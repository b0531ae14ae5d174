from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ConversionTrigger(_Model, kw_only=True):
    """A model of the API's answers."""

    id: str
    conversion: str | None = None
    trigger_type: str | None = None
    """ What counts, for example `pageview` or `purchase`. """
    modifier: str | None = None
    value: str | None = None
    dynamic: str | None = None
    retroactive: str | None = None
    automation_block: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
