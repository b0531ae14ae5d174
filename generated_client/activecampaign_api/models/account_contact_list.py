from __future__ import annotations

from ..decoding import Model as _Model


class AccountContactList(
    _Model,
    kw_only=True,
    rename={
        "account_contacts": "accountContacts",
    },
):
    """A model of the API's answers."""

    account_contacts: list[AccountContact]
    meta: AccountContactMeta | None = None
    """ Paging information. Some answers also carry `queryLog`, a debugging record of the database queries run. """

    def page_items(self) -> list[AccountContact]:
        """The items of this page (`account_contacts`)."""
        return self.account_contacts


from .account_contact import AccountContact  # noqa: E402
from .account_contact_meta import AccountContactMeta  # noqa: E402
