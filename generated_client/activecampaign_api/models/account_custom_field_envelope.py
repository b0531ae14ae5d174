from __future__ import annotations

from ..decoding import Model as _Model


class AccountCustomFieldEnvelope(
    _Model,
    kw_only=True,
    rename={
        "account_custom_field_metum": "accountCustomFieldMetum",
    },
):
    """A model of the API's answers."""

    account_custom_field_metum: AccountCustomField
    """ A account custom field definition. """


from .account_custom_field import AccountCustomField  # noqa: E402
