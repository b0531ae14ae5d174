from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewAccountContacts(
    _Model,
    kw_only=True,
    rename={
        "account_contacts": "accountContacts",
    },
):
    """A model of the API's answers."""

    account_contacts: list[AccountContact]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[AccountContact]:
        """The items of this page (`account_contacts`)."""
        return self.account_contacts


from .account_contact import AccountContact  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
