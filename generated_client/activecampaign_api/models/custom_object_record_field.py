from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectRecordField(_Model, kw_only=True):
    """The value of one field on a record."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    value: str | None = None
    """ A field's value, typed like the field: a number for number, decimal and currency fields, a string for text,
    date and choice fields. """
