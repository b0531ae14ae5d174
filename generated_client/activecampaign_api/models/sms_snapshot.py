from __future__ import annotations

from ..decoding import Model as _Model


class SmsSnapshot(
    _Model,
    kw_only=True,
    rename={
        "opt_outs": "optOuts",
    },
):
    """Totals over a set of broadcasts."""

    campaigns: int | None = None
    """ How many broadcasts the totals cover. """
    sends: int | None = None
    deliveries: int | None = None
    clicks: int | None = None
    replies: int | None = None
    failures: int | None = None
    opt_outs: int | None = None
