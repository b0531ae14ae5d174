from __future__ import annotations

from ..decoding import Model as _Model


class AccountCustomFieldList(
    _Model,
    kw_only=True,
    rename={
        "account_custom_field_meta": "accountCustomFieldMeta",
    },
):
    """A model of the API's answers."""

    account_custom_field_meta: list[AccountCustomField]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[AccountCustomField]:
        """The items of this page (`account_custom_field_meta`)."""
        return self.account_custom_field_meta


from .account_custom_field import AccountCustomField  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
