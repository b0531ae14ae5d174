from __future__ import annotations

from ..decoding import Model as _Model


class DealPageMeta(_Model, kw_only=True):
    """Paging information of a deal list, with the summed value of the matching deals per currency. Here `total` may be
    a JSON number."""

    total: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    currencies: dict[str, DealCurrencyTotal] | None = None


from .deal_currency_total import DealCurrencyTotal  # noqa: E402
