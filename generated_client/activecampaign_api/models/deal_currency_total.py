from __future__ import annotations

from ..decoding import Model as _Model


class DealCurrencyTotal(_Model, kw_only=True):
    """Count and summed value (in cents) of the matching deals in one currency."""

    currency: str | None = None
    total: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    value: float | None = None
    """ Kind `money` (Python `float`): an amount, such as a deal's value or a price. Sent as a JSON number (integer
    or float, for example `156.24`) or as a numeric string; no form loses its value. Null when unset. """
