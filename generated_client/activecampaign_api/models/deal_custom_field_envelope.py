from __future__ import annotations

from ..decoding import Model as _Model


class DealCustomFieldEnvelope(
    _Model,
    kw_only=True,
    rename={
        "deal_custom_field_metum": "dealCustomFieldMetum",
    },
):
    """A model of the API's answers."""

    deal_custom_field_metum: DealCustomField
    """ A deal custom field definition. """


from .deal_custom_field import DealCustomField  # noqa: E402
