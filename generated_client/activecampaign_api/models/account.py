from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Account(
    _Model,
    kw_only=True,
    rename={
        "account_url": "accountUrl",
        "contact_count": "contactCount",
        "deal_count": "dealCount",
        "created_timestamp": "createdTimestamp",
        "updated_timestamp": "updatedTimestamp",
    },
):
    """An account (company) as the API returns it."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    name: str | None = None
    account_url: str | None = None
    """ The account's website. """
    owner: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    contact_count: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    deal_count: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    created_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    updated_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    fields: list[AccountFieldValue] | None = None
    """ Custom field values, echoed after a create or update. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """


from .account_field_value import AccountFieldValue  # noqa: E402
