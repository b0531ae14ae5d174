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
    name: str | None = None
    account_url: str | None = None
    """ The account's website. """
    owner: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    contact_count: str | None = None
    """ Number of contacts (with `count_deals=true`), as a string of digits. """
    deal_count: str | None = None
    """ Number of deals (with `count_deals=true`), as a string of digits. """
    created_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_timestamp: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    fields: list[AccountFieldValue] | None = None
    """ Custom field values, echoed after a create or update. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """


from .account_field_value import AccountFieldValue  # noqa: E402
