from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SegmentMatchOne(_Model, kw_only=True):
    """A model of the API's answers."""

    match: bool
    entity_id: str | None = None
    """ The contact's id. """
    segment_id: str | None = None
    created_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    segment_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
