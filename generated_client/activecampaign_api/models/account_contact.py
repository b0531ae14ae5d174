from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class AccountContact(
    _Model,
    kw_only=True,
    rename={
        "job_title": "jobTitle",
        "created_timestamp": "createdTimestamp",
        "updated_timestamp": "updatedTimestamp",
    },
):
    """A contact's membership of an account."""

    id: str
    account: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    contact: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    job_title: str | None = None
    created_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
