from __future__ import annotations

from ..decoding import Model as _Model


class EcomCustomer(
    _Model,
    kw_only=True,
    rename={
        "accepts_marketing": "acceptsMarketing",
        "total_revenue": "totalRevenue",
        "total_orders": "totalOrders",
        "total_products": "totalProducts",
        "avg_revenue_per_order": "avgRevenuePerOrder",
        "avg_product_category": "avgProductCategory",
    },
):
    """An ecommerce customer as the API returns it. Totals are computed by the API from the customer's orders and sent
    as strings of digits; money amounts are in cents."""

    id: str
    connectionid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    connection: str | None = None
    """ Id of the connection; null for the account-wide aggregate. """
    externalid: str | None = None
    """ Id of the customer in the external service. """
    email: str | None = None
    accepts_marketing: str | None = None
    """ 1 when the customer opted in to marketing, 0 when not. """
    total_revenue: str | None = None
    """ Revenue from all the customer's orders, in cents. """
    total_orders: str | None = None
    total_products: str | None = None
    avg_revenue_per_order: str | None = None
    """ Average revenue per order, in cents. """
    avg_product_category: str | None = None
    """ The category the customer buys most from. """
    tstamp: str | None = None
    """ When the totals were last computed. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
