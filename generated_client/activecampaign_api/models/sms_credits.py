from __future__ import annotations

from ..decoding import Model as _Model


class SmsCredits(
    _Model,
    kw_only=True,
    rename={
        "next_refill_date": "nextRefillDate",
        "included_this_period": "includedThisPeriod",
        "used_this_period": "usedThisPeriod",
    },
):
    """A model of the API's answers."""

    period: str | None = None
    """ How often the included credits refill, for example `month`. """
    next_refill_date: str | None = None
    """ When the included credits refill next, `YYYY-MM-DD hh:mm:ss`. """
    included_this_period: int | None = None
    used_this_period: int | None = None
    extra: int | None = None
    """ Purchased credits beyond the plan's. """
    available: int | None = None
