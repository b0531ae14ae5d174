from __future__ import annotations

from ..decoding import Model as _Model


class AccountCustomField(
    _Model,
    kw_only=True,
    rename={
        "field_label": "fieldLabel",
        "field_type": "fieldType",
        "field_options": "fieldOptions",
        "field_default": "fieldDefault",
        "field_default_currency": "fieldDefaultCurrency",
        "is_form_visible": "isFormVisible",
        "is_required": "isRequired",
        "display_order": "displayOrder",
        "known_field_id": "knownFieldId",
        "hide_field_flag": "hideFieldFlag",
        "created_timestamp": "createdTimestamp",
        "updated_timestamp": "updatedTimestamp",
    },
):
    """A account custom field definition."""

    id: str
    field_label: str | None = None
    field_type: str | None = None
    """ text, textarea, date, datetime, dropdown, multiselect, radio, checkbox, hidden, currency or number. """
    field_options: list[str] | None = None
    """ The choices of a dropdown, multiselect, radio or checkbox field; null otherwise. """
    field_default: str | float | list[str] | None = None
    """ A custom field value: text, a number, or for multi-choice fields (multiselect, checkbox) a list of the
    chosen options. Currency fields carry cents (9999 is 99.99); numbers may also arrive as strings. """
    field_default_currency: str | None = None
    """ Default currency code of a currency field. """
    is_form_visible: int | None = None
    """ 1 when the field shows on forms. """
    is_required: int | None = None
    """ 1 when a value is required. """
    display_order: int | None = None
    """ Position on the field management page and on account profiles. """
    personalization: str | None = None
    """ Personalization tag of the field; may be empty. """
    known_field_id: str | None = None
    hide_field_flag: int | None = None
    """ 1 when the field is hidden. """
    created_timestamp: str | None = None
    """ When the field was created, `YYYY-MM-DD hh:mm:ss`. """
    updated_timestamp: str | None = None
    """ When the field was last updated, `YYYY-MM-DD hh:mm:ss`. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
