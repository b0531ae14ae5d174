from __future__ import annotations

from ..decoding import Model as _Model


class ContactConversionList(
    _Model,
    kw_only=True,
    rename={
        "contact_conversions": "contactConversions",
    },
):
    """A model of the API's answers."""

    contact_conversions: list[ContactConversion]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactConversion]:
        """The items of this page (`contact_conversions`)."""
        return self.contact_conversions


from .contact_conversion import ContactConversion  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
