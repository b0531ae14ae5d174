from __future__ import annotations

from ..decoding import Model as _Model


class CustomFieldValueSavedEnvelope(
    _Model,
    kw_only=True,
    rename={
        "field_value": "fieldValue",
    },
):
    """A model of the API's answers."""

    field_value: CustomFieldValue
    """ The value of one custom field on one contact. Unlike in contact views, `contact`, `field` and `owner` come
    back as numbers right after a write and may be null on orphaned values. """
    contacts: list[Contact] | None = None


from .contact import Contact  # noqa: E402
from .custom_field_value import CustomFieldValue  # noqa: E402
