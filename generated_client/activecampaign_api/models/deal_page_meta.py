from __future__ import annotations

from ..decoding import Model as _Model


class DealPageMeta(_Model, kw_only=True):
    """Paging information of a deal list, with the summed value of the matching deals per currency. Here `total` may be
    a JSON number."""

    total: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    currencies: dict[str, DealCurrencyTotal] | None = None


from .deal_currency_total import DealCurrencyTotal  # noqa: E402
