from __future__ import annotations

from ..decoding import Model as _Model


class ContactEnvelope(
    _Model,
    kw_only=True,
    rename={
        "field_values": "fieldValues",
    },
):
    """A model of the API's answers."""

    contact: Contact
    """ A contact as the API returns it. Counters and flags arrive as strings of digits. """
    field_values: list[FieldValue] | None = None


from .contact import Contact  # noqa: E402
from .field_value import FieldValue  # noqa: E402
