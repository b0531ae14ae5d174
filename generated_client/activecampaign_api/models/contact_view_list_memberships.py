from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewListMemberships(
    _Model,
    kw_only=True,
    rename={
        "contact_lists": "contactLists",
    },
):
    """A model of the API's answers."""

    contact_lists: list[ContactListMembership]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactListMembership]:
        """The items of this page (`contact_lists`)."""
        return self.contact_lists


from .contact_list_membership import ContactListMembership  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
