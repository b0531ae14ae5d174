from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class TaskOutcome(
    _Model,
    kw_only=True,
    rename={
        "deal_tasktype_ids": "dealTasktype_ids",
    },
):
    """A task outcome as the API returns it."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    title: str | None = None
    sentiment: str | None = None
    """ `POSITIVE`, `NEUTRAL` or `NEGATIVE`. """
    disabled: str | None = None
    """ 1 disabled, 0 active, as a string of digits; empty right after creation. """
    created_by: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    updated_by: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    created_utc_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    updated_utc_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    deal_tasktype_ids: list[str] | None = None
    """ Ids of the task types offering this outcome. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
