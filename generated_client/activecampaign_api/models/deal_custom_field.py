from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class DealCustomField(
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
    """A deal custom field definition."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
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
    is_form_visible: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    is_required: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    display_order: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    personalization: str | None = None
    """ Personalization tag of the field; may be empty. """
    known_field_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    hide_field_flag: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
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
