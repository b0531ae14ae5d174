from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewContactDeals(
    _Model,
    kw_only=True,
    rename={
        "contact_deals": "contactDeals",
    },
):
    """A model of the API's answers."""

    contact_deals: list[SecondaryContact]
    contacts: list[Contact] | None = None
    deals: list[ContactDealSummary] | None = None
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[SecondaryContact]:
        """The items of this page (`contact_deals`)."""
        return self.contact_deals


from .contact import Contact  # noqa: E402
from .contact_deal_summary import ContactDealSummary  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
from .secondary_contact import SecondaryContact  # noqa: E402
