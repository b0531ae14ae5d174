from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Audience(_Model, kw_only=True):
    """A model of the API's answers."""

    segment_id: str
    category: AudienceCategory | None = None
    name: str | None = None
    counts: AudienceCounts | None = None
    created_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    last_used_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """


from .audience_category import AudienceCategory  # noqa: E402
from .audience_counts import AudienceCounts  # noqa: E402
