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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    externalid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    externalcheckoutid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    order_number: str | None = None
    source: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    state: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    email: str | None = None
    currency: str | None = None
    """ Three-letter currency code. """
    connectionid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    connection: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    customerid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    customer: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    total_price: float | None = None
    """ Kind `money` (Python `float`): an amount, such as a deal's value or a price. Sent as a JSON number (integer
    or float, for example `156.24`) or as a numeric string; no form loses its value. Null when unset. """
    shipping_amount: float | None = None
    """ Kind `money` (Python `float`): an amount, such as a deal's value or a price. Sent as a JSON number (integer
    or float, for example `156.24`) or as a numeric string; no form loses its value. Null when unset. """
    tax_amount: float | None = None
    """ Kind `money` (Python `float`): an amount, such as a deal's value or a price. Sent as a JSON number (integer
    or float, for example `156.24`) or as a numeric string; no form loses its value. Null when unset. """
    discount_amount: float | None = None
    """ Kind `money` (Python `float`): an amount, such as a deal's value or a price. Sent as a JSON number (integer
    or float, for example `156.24`) or as a numeric string; no form loses its value. Null when unset. """
    total_products: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
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
