from __future__ import annotations

from ..decoding import Model as _Model


class EcomOrderList(
    _Model,
    kw_only=True,
    rename={
        "ecom_orders": "ecomOrders",
    },
):
    """A model of the API's answers."""

    ecom_orders: list[EcomOrder]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[EcomOrder]:
        """The items of this page (`ecom_orders`)."""
        return self.ecom_orders


from .ecom_order import EcomOrder  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
