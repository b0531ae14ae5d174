from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class DealActivity(
    _Model,
    kw_only=True,
    rename={
        "data_id": "dataId",
        "data_type": "dataType",
        "data_action": "dataAction",
        "data_oldval": "dataOldval",
        "is_addtask": "isAddtask",
    },
):
    """One entry of a deal's activity stream."""

    id: str
    d_id: str | None = None
    """ Id of the deal. """
    deal: str | None = None
    d_stageid: str | None = None
    """ Id of the stage involved; `0` when none. """
    stage: str | None = None
    userid: str | None = None
    user: str | None = None
    data_id: str | None = None
    """ Id of the record the entry is about; `0` when none. """
    data_type: str | None = None
    """ Kind of record the entry is about (for example `contact`, `note`, `task`); may be empty. """
    data_action: str | None = None
    """ What happened, for example `add` or `update`. """
    data_oldval: str | None = None
    """ The previous value, when something changed. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    sortdate: str | None = None
    is_addtask: str | None = None
    deleted: str | None = None
    seriesid: str | None = None
    """ Id of the automation that caused the entry; `0` when none. """
    automation: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
