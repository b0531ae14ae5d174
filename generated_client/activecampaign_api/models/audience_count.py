from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class AudienceCount(_Model, kw_only=True):
    """A contact count and the run that produced it."""

    count: int | None = None
    last_total_updated: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    run_id: str | None = None
    run_id_start: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    run_id_end: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
