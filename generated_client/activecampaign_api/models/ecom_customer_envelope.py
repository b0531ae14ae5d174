from __future__ import annotations

from ..decoding import Model as _Model


class EcomCustomerEnvelope(
    _Model,
    kw_only=True,
    rename={
        "ecom_customer": "ecomCustomer",
    },
):
    """A model of the API's answers."""

    ecom_customer: EcomCustomer
    """ An ecommerce customer as the API returns it. Totals are computed by the API from the customer's orders and
    sent as strings of digits; money amounts are in cents. """


from .ecom_customer import EcomCustomer  # noqa: E402
