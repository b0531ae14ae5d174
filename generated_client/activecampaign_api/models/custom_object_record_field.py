from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectRecordField(_Model, kw_only=True):
    """The value of one field on a record."""

    id: str
    """ Id of the schema field. """
    value: str | None = None
    """ A field's value, typed like the field: a number for number, decimal and currency fields, a string for text,
    date and choice fields. """
