from __future__ import annotations

from ..decoding import Model as _Model


class EcomOrder(
    _Model,
    kw_only=True,
    rename={
        "order_number": "orderNumber",
        "total_price": "totalPrice",
        "shipping_amount": "shippingAmount",
        "tax_amount": "taxAmount",
        "discount_amount": "discountAmount",
        "total_products": "totalProducts",
        "shipping_method": "shippingMethod",
        "order_url": "orderUrl",
        "external_created_date": "externalCreatedDate",
        "external_updated_date": "externalUpdatedDate",
        "abandoned_date": "abandonedDate",
        "order_date": "orderDate",
        "created_date": "createdDate",
        "updated_date": "updatedDate",
        "order_products": "orderProducts",
        "order_discounts": "orderDiscounts",
    },
):
    """An order or abandoned cart as the API returns it."""

    id: str
    externalid: str | None = None
    """ Id of the order in the external service; null for carts. """
    externalcheckoutid: str | None = None
    """ Id of the cart in the external service; null for plain orders. """
    order_number: str | None = None
    source: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    state: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    email: str | None = None
    currency: str | None = None
    """ Three-letter currency code. """
    connectionid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    connection: str | None = None
    customerid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    customer: str | None = None
    total_price: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    shipping_amount: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    tax_amount: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    discount_amount: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    total_products: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    shipping_method: str | None = None
    order_url: str | None = None
    external_created_date: str | None = None
    """ When the order was placed in the store. """
    external_updated_date: str | None = None
    """ When the order was last updated in the store. """
    abandoned_date: str | None = None
    """ When the cart was abandoned; null for orders. """
    order_date: str | None = None
    created_date: str | None = None
    """ When the order was created in ActiveCampaign (not always valid ISO 8601). """
    updated_date: str | None = None
    """ When the order was last updated in ActiveCampaign (not always valid ISO 8601). """
    tstamp: str | None = None
    order_products: list[str] | None = None
    """ Ids of the order's line items. """
    order_discounts: list[str] | None = None
    """ Ids of the order's discounts. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
