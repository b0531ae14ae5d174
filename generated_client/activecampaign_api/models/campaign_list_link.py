from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class CampaignListLink(
    _Model,
    kw_only=True,
    rename={
        "list_": "list",
    },
):
    """A list a campaign was sent to."""

    id: str
    campaignid: str | None = None
    listid: str | None = None
    userid: str | None = None
    list_amt: str | None = None
    """ Contacts of the list the campaign went to. """
    name: str | None = None
    """ The list's name when the campaign was sent. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    campaign: str | None = None
    list_: str | None = None
    user: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
