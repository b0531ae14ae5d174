from __future__ import annotations

from ..decoding import Model as _Model


class EcomOrderProductEnvelope(
    _Model,
    kw_only=True,
    rename={
        "ecom_order_product": "ecomOrderProduct",
    },
):
    """A model of the API's answers."""

    ecom_order_product: EcomOrderProduct
    """ A line item as the API returns it. Right after an order is written the side-loaded items echo the input (no
    id, numbers as numbers); reads send ids and strings of digits. """


from .ecom_order_product import EcomOrderProduct  # noqa: E402
