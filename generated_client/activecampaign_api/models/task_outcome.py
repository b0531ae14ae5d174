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
    title: str | None = None
    sentiment: str | None = None
    """ `POSITIVE`, `NEUTRAL` or `NEGATIVE`. """
    disabled: str | None = None
    """ 1 disabled, 0 active, as a string of digits; empty right after creation. """
    created_by: str | None = None
    """ Id of the user who created the outcome. """
    updated_by: str | None = None
    """ Id of the user who last updated the outcome. """
    created_utc_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_utc_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    deal_tasktype_ids: list[str] | None = None
    """ Ids of the task types offering this outcome. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
