from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Tag(
    _Model,
    kw_only=True,
    rename={
        "tag_type": "tagType",
    },
):
    """A tag as the API returns it."""

    id: str
    tag: str | None = None
    """ The tag's name. """
    tag_type: str | None = None
    """ What the tag applies to, `contact` or `template`. """
    description: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    subscriber_count: str | None = None
    """ Number of contacts carrying the tag (single-tag lookups only), as a string of digits. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
