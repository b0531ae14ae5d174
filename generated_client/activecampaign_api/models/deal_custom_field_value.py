from __future__ import annotations

from ..decoding import Model as _Model


class DealCustomFieldValue(
    _Model,
    kw_only=True,
    rename={
        "deal_id": "dealId",
        "custom_field_id": "customFieldId",
        "deal_custom_field_metum_id": "dealCustomFieldMetumId",
        "field_value": "fieldValue",
        "field_currency": "fieldCurrency",
        "created_timestamp": "createdTimestamp",
        "updated_timestamp": "updatedTimestamp",
    },
):
    """A custom field value stored on a deal. Ids other than `id` arrive as numbers."""

    id: str
    deal_id: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    custom_field_id: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    deal_custom_field_metum_id: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    field_value: str | float | list[str] | None = None
    """ A custom field value: text, a number, or for multi-choice fields (multiselect, checkbox) a list of the
    chosen options. Currency fields carry cents (9999 is 99.99); numbers may also arrive as strings. """
    field_currency: str | None = None
    """ Currency code of a currency value. """
    created_timestamp: str | None = None
    """ When the value was first stored, `YYYY-MM-DD hh:mm:ss`. """
    updated_timestamp: str | None = None
    """ When the value last changed, `YYYY-MM-DD hh:mm:ss`. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
