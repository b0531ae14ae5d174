from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ContactViewPlusAppend(
    _Model,
    kw_only=True,
    rename={
        "image_url": "imageUrl",
        "memberships_facebook": "membershipsFacebook",
        "memberships_twitter": "membershipsTwitter",
        "memberships_linkedin": "membershipsLinkedin",
    },
):
    """Social profile data appended to the contact by enrichment services."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    contact: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    last_updated_rapleaf: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    last_updated_fliptop: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    last_updated_fullcontact: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    image_url: str | None = None
    memberships_facebook: str | None = None
    memberships_twitter: str | None = None
    memberships_linkedin: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
