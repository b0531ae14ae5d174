from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class DealTaskTypeMovedDeal(
    _Model,
    kw_only=True,
    rename={
        "hash_": "hash",
        "next_task": "nextTask",
    },
):
    """A deal owning a moved task, as side-loaded by the move."""

    id: str
    title: str | None = None
    value: str | None = None
    """ Deal value in cents, as a string of digits. """
    currency: str | None = None
    """ Three-letter currency code, lower case. """
    percent: str | None = None
    status: str | None = None
    """ 0 open, 1 won, 2 lost, as a string of digits. """
    stage: str | None = None
    group: str | None = None
    """ Id of the pipeline. """
    owner: str | None = None
    """ Id of the user owning the deal. """
    contact: str | None = None
    organization: str | None = None
    hash_: str | None = None
    activitycount: str | None = None
    next_task: str | None = None
    nexttaskid: str | None = None
    nextdealid: str | None = None
    nextdate: str | None = None
    """ Due date of the deal's next task. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: str | None = None
    """ When the deal was last modified. """
    edate: str | None = None
    """ Timestamp, or `0000-00-00 00:00:00` when unset. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
