from __future__ import annotations

from ..decoding import Model as _Model


class EcomOrderProductList(
    _Model,
    kw_only=True,
    rename={
        "ecom_order_products": "ecomOrderProducts",
    },
):
    """A model of the API's answers."""

    ecom_order_products: list[EcomOrderProduct]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[EcomOrderProduct]:
        """The items of this page (`ecom_order_products`)."""
        return self.ecom_order_products


from .ecom_order_product import EcomOrderProduct  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
