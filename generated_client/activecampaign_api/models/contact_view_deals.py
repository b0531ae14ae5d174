from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewDeals(_Model, kw_only=True):
    """A model of the API's answers."""

    deals: list[ContactDealSummary]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactDealSummary]:
        """The items of this page (`deals`)."""
        return self.deals


from .contact_deal_summary import ContactDealSummary  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
