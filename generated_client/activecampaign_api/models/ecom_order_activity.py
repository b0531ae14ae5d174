from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class EcomOrderActivity(_Model, kw_only=True):
    """A snapshot of an order taken when it changed."""

    id: str
    orderid: str | None = None
    connectionid: str | None = None
    customerid: str | None = None
    externalid: str | None = None
    externalcheckoutid: str | None = None
    source: str | None = None
    order_number: str | None = None
    email: str | None = None
    total_price: str | None = None
    """ In cents, as a string of digits. """
    discount_amount: str | None = None
    shipping_amount: str | None = None
    tax_amount: str | None = None
    total_products: str | None = None
    currency: str | None = None
    shipping_method: str | None = None
    store_name: str | None = None
    logo_url: str | None = None
    order_url: str | None = None
    state: str | None = None
    """ 0 pending, 1 completed, 2 abandoned, 3 recovered, 4 waiting. """
    external_created_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    external_updated_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    abandoned_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    connection: str | None = None
    order: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
