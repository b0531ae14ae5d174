from __future__ import annotations

from ..decoding import Model as _Model


class EcomOrderDiscount(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
        "discount_amount": "discountAmount",
        "created_date": "createdDate",
        "updated_date": "updatedDate",
    },
):
    """A discount applied to an order."""

    id: str
    name: str | None = None
    """ Discount code or name. """
    type_: str | None = None
    """ `order` for a discount on the order, `shipping` for free shipping. """
    orderid: str | None = None
    discount_amount: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    created_date: str | None = None
    updated_date: str | None = None
