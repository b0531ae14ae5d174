from __future__ import annotations

import datetime

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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    name: str | None = None
    """ Discount code or name. """
    type_: str | None = None
    """ `order` for a discount on the order, `shipping` for free shipping. """
    orderid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    discount_amount: float | None = None
    """ Kind `money` (Python `float`): an amount, such as a deal's value or a price. Sent as a JSON number (integer
    or float, for example `156.24`) or as a numeric string; no form loses its value. Null when unset. """
    created_date: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    updated_date: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
