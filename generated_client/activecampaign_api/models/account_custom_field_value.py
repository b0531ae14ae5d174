from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class AccountCustomFieldValue(
    _Model,
    kw_only=True,
    rename={
        "account_id": "accountId",
        "custom_field_id": "customFieldId",
        "account_custom_field_metum_id": "accountCustomFieldMetumId",
        "field_value": "fieldValue",
        "field_currency": "fieldCurrency",
        "created_timestamp": "createdTimestamp",
        "updated_timestamp": "updatedTimestamp",
    },
):
    """A custom field value stored on a account. Ids other than `id` arrive as numbers."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    account_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    custom_field_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    account_custom_field_metum_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    field_value: str | float | list[str] | None = None
    """ A custom field value: text, a number, or for multi-choice fields (multiselect, checkbox) a list of the
    chosen options. Currency fields carry cents (9999 is 99.99); numbers may also arrive as strings. """
    field_currency: str | None = None
    """ Currency code of a currency value. """
    created_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    updated_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
