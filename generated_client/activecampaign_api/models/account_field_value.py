from __future__ import annotations

from ..decoding import Model as _Model


class AccountFieldValue(
    _Model,
    kw_only=True,
    rename={
        "custom_field_id": "customFieldId",
        "field_value": "fieldValue",
        "field_currency": "fieldCurrency",
        "account_id": "accountId",
    },
):
    """One custom field value of an account, as echoed after a write."""

    custom_field_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    field_value: str | None = None
    """ A custom field value: text, or a number. Currency fields carry cents (1234 is 12.34). """
    field_currency: str | None = None
    """ Currency code of a currency field. """
    account_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
