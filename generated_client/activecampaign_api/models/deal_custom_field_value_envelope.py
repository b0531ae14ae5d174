from __future__ import annotations

from ..decoding import Model as _Model


class DealCustomFieldValueEnvelope(
    _Model,
    kw_only=True,
    rename={
        "deal_custom_field_datum": "dealCustomFieldDatum",
    },
):
    """A model of the API's answers."""

    deal_custom_field_datum: DealCustomFieldValue
    """ A custom field value stored on a deal. Ids other than `id` arrive as numbers. """


from .deal_custom_field_value import DealCustomFieldValue  # noqa: E402
