from __future__ import annotations

from ..decoding import Model as _Model


class EcomOrderProduct(
    _Model,
    kw_only=True,
    rename={
        "ecom_order": "ecomOrder",
        "image_url": "imageUrl",
        "product_url": "productUrl",
        "created_date": "createdDate",
        "updated_date": "updatedDate",
    },
):
    """A line item as the API returns it. Right after an order is written the side-loaded items echo the input (no id,
    numbers as numbers); reads send ids and strings of digits."""

    id: str | None = None
    orderid: str | None = None
    """ Id of the order. """
    ecom_order: str | None = None
    """ Id of the order. """
    connectionid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    externalid: str | None = None
    """ Id of the product in the external service. """
    sku: str | None = None
    name: str | None = None
    description: str | None = None
    price: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    quantity: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    category: str | None = None
    image_url: str | None = None
    product_url: str | None = None
    created_date: str | None = None
    updated_date: str | None = None
    tstamp: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
