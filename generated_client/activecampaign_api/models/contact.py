from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Contact(
    _Model,
    kw_only=True,
    rename={
        "first_name": "firstName",
        "last_name": "lastName",
        "hash_": "hash",
        "score_values": "scoreValues",
        "contact_automations": "contactAutomations",
        "contact_lists": "contactLists",
        "field_values": "fieldValues",
        "geo_ips": "geoIps",
        "account_contacts": "accountContacts",
        "contact_tags": "contactTags",
    },
):
    """A contact as the API returns it. Counters and flags arrive as strings of digits."""

    id: str
    email: str | None = None
    """ Null or empty for phone-only contacts. """
    email_empty: bool | None = None
    phone: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    orgid: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    orgname: str | None = None
    organization: str | None = None
    """ Deprecated organization id; null or empty when none. """
    segmentio_id: str | None = None
    bounced_hard: str | None = None
    bounced_soft: str | None = None
    bounced_date: str | None = None
    """ Date of the last bounce; `0000-00-00` when never bounced. """
    ip: str | None = None
    """ IPv4 address as an unsigned integer in a string. """
    ua: str | None = None
    hash_: str | None = None
    socialdata_lastcheck: str | None = None
    """ Timestamp, or `0000-00-00 00:00:00` when never checked. """
    email_local: str | None = None
    email_domain: str | None = None
    sentcnt: str | None = None
    rating_tstamp: str | None = None
    gravatar: str | None = None
    deleted: str | None = None
    anonymized: str | None = None
    adate: str | None = None
    """ Last activity timestamp. """
    edate: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    deleted_at: str | None = None
    """ Deletion timestamp, or `0000-00-00 00:00:00` when not deleted. """
    created_utc_timestamp: str | None = None
    """ Creation time in UTC as `YYYY-MM-DD hh:mm:ss`. """
    updated_utc_timestamp: str | None = None
    """ Update time in UTC as `YYYY-MM-DD hh:mm:ss`. """
    created_timestamp: str | None = None
    """ Creation time as `YYYY-MM-DD hh:mm:ss`; sent in views and write responses. """
    updated_timestamp: str | None = None
    """ Update time as `YYYY-MM-DD hh:mm:ss`; sent in views and write responses. """
    created_by: str | None = None
    updated_by: str | None = None
    mpp_tracking: str | None = None
    """ 1 when Apple Mail Privacy Protection opens are tracked for the contact. """
    score_values: list[str] | None = None
    """ Ids of related records, as strings. """
    contact_automations: list[str] | None = None
    """ Ids of related records, as strings. """
    contact_lists: list[str] | None = None
    """ Ids of related records, as strings. """
    field_values: list[str] | None = None
    """ Ids of related records, as strings. """
    geo_ips: list[str] | None = None
    """ Ids of related records, as strings. """
    deals: list[str] | None = None
    """ Ids of related records, as strings. """
    account_contacts: list[str] | None = None
    """ Ids of related records, as strings. """
    contact_tags: list[str] | None = None
    """ Ids of related records, as strings. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
