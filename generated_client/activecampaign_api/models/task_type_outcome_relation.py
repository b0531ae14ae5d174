from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class TaskTypeOutcomeRelation(_Model, kw_only=True):
    """The offer of one outcome by one task type."""

    id: str
    tasktype_id: str | None = None
    tasktype: str | None = None
    """ Id of the task type. """
    outcome_id: str | None = None
    outcome: str | None = None
    """ Id of the outcome. """
    display_order: str | None = None
    """ Position of the outcome in the task type's list, as a string of digits. """
    created_by: str | None = None
    createdBy: str | None = None
    updated_by: str | None = None
    created_utc_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_utc_timestamp: str | None = None
    """ Update time in UTC as `YYYY-MM-DD hh:mm:ss`. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
