from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SegmentCount(_Model, kw_only=True):
    """One recorded contact count of a segment."""

    segment_id: str
    run_id: str
    result_count: int
    timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    segment_hash: str | None = None
    active_result_count: int | None = None
    count_updating_with_runid: str | None = None
    """ A run that is recounting the segment right now, if any. """
