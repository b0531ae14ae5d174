from __future__ import annotations

from ..decoding import Model as _Model


class DealFieldValue(
    _Model,
    kw_only=True,
    rename={
        "custom_field_id": "customFieldId",
        "field_value": "fieldValue",
        "field_currency": "fieldCurrency",
        "deal_id": "dealId",
    },
):
    """One custom field value of a deal, as echoed after a write."""

    custom_field_id: int | None = None
    """ Id of the deal custom field. """
    field_value: str | None = None
    """ A custom field value: text, or a number. Currency fields carry cents (5500 is 55.00). """
    field_currency: str | None = None
    """ Currency code of a currency field. """
    deal_id: str | None = None
