from __future__ import annotations

from ..decoding import Model as _Model


class DealCurrencyTotal(_Model, kw_only=True):
    """Count and summed value (in cents) of the matching deals in one currency."""

    currency: str | None = None
    total: str | None = None
    """ Number of deals, as a string of digits. """
    value: str | None = None
    """ Summed value in cents, as a string of digits. """
