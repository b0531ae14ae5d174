from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class PipelineUser(
    _Model,
    kw_only=True,
    rename={
        "deal_group": "dealGroup",
    },
):
    """A user that new deals of the pipeline are auto-assigned to."""

    id: str
    deal_group: str | None = None
    """ Id of the pipeline. """
    user: str | None = None
    """ Id of the user. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
