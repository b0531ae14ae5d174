from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Pipeline(
    _Model,
    kw_only=True,
    rename={
        "deal_group_users": "dealGroupUsers",
        "deal_group_groups": "dealGroupGroups",
    },
):
    """A pipeline (deal group)."""

    id: str
    title: str | None = None
    currency: str | None = None
    """ Default currency of new deals, lower-case ISO code. """
    allgroups: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    allusers: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    autoassign: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    stages: list[str] | None = None
    """ Ids of the pipeline's stages. """
    deal_group_users: list[str] | None = None
    """ Ids of the pipeline's user assignments. """
    deal_group_groups: list[str] | None = None
    """ Ids of the pipeline's user-group permissions. """
    win_probability_initialize_date: str | None = None
    """ When win probability started; `0000-00-00 00:00:00` when never. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
