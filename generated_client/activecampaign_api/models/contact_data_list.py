from __future__ import annotations

from ..decoding import Model as _Model


class ContactDataList(
    _Model,
    kw_only=True,
    rename={
        "contact_data": "contactData",
    },
):
    """A model of the API's answers."""

    contact_data: list[ContactViewData]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactViewData]:
        """The items of this page (`contact_data`)."""
        return self.contact_data


from .contact_view_data import ContactViewData  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
