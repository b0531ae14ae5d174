from __future__ import annotations

from ..decoding import Model as _Model


class AccountCustomFieldValueEnvelope(
    _Model,
    kw_only=True,
    rename={
        "account_custom_field_datum": "accountCustomFieldDatum",
    },
):
    """A model of the API's answers."""

    account_custom_field_datum: AccountCustomFieldValue
    """ A custom field value stored on a account. Ids other than `id` arrive as numbers. """


from .account_custom_field_value import AccountCustomFieldValue  # noqa: E402
