from __future__ import annotations

import datetime
from typing import Any

from ..decoding import Model as _Model


class AutomationBlock(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """One step of an automation."""

    id: str
    seriesid: str | None = None
    """ Id of the automation. """
    parent: str | None = None
    """ Id of the block this one follows, `0` at the top. """
    type_: str | None = None
    """ Kind of step, for example `start`, `send`, `wait` or `if`. """
    ordernum: str | None = None
    params: dict[str, Any] | None = None
    """ The step's settings; their keys depend on the kind of step. """
    deleted: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    automation: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
