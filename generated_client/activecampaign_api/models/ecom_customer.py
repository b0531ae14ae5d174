from __future__ import annotations

import datetime

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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    connectionid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    connection: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    externalid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    email: str | None = None
    accepts_marketing: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    total_revenue: float | None = None
    """ Kind `money` (Python `float`): an amount, such as a deal's value or a price. Sent as a JSON number (integer
    or float, for example `156.24`) or as a numeric string; no form loses its value. Null when unset. """
    total_orders: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    total_products: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    avg_revenue_per_order: float | None = None
    """ Kind `money` (Python `float`): an amount, such as a deal's value or a price. Sent as a JSON number (integer
    or float, for example `156.24`) or as a numeric string; no form loses its value. Null when unset. """
    avg_product_category: str | None = None
    """ The category the customer buys most from. """
    tstamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
