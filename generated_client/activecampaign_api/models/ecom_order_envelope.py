from __future__ import annotations

from ..decoding import Model as _Model


class EcomOrderEnvelope(
    _Model,
    kw_only=True,
    rename={
        "ecom_order": "ecomOrder",
        "ecom_order_products": "ecomOrderProducts",
        "ecom_order_discounts": "ecomOrderDiscounts",
    },
):
    """A model of the API's answers."""

    ecom_order: EcomOrder
    """ An order or abandoned cart as the API returns it. """
    ecom_order_products: list[EcomOrderProduct] | None = None
    ecom_order_discounts: list[EcomOrderDiscount] | None = None
    connections: list[Connection] | None = None


from .connection import Connection  # noqa: E402
from .ecom_order import EcomOrder  # noqa: E402
from .ecom_order_discount import EcomOrderDiscount  # noqa: E402
from .ecom_order_product import EcomOrderProduct  # noqa: E402
