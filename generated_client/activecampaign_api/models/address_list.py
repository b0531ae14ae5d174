from __future__ import annotations

from ..decoding import Model as _Model


class AddressList(_Model, kw_only=True):
    """A model of the API's answers."""

    addresses: list[Address]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Address]:
        """The items of this page (`addresses`)."""
        return self.addresses


from .address import Address  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
