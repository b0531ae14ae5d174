from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SegmentMatchRun(_Model, kw_only=True):
    """A match run and, once it is ready, one page of the contact ids it found."""

    run_id: str
    is_ready: bool
    """ False while the run is going; poll again until it is true. """
    segment_id: str
    run_id_start: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    run_id_end: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    matches: list[int] | None = None
    """ Contact ids, present once the run is ready. """
    segment_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    page: SegmentMatchPage | None = None


from .segment_match_page import SegmentMatchPage  # noqa: E402
