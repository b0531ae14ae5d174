from __future__ import annotations

from ..decoding import Model as _Model


class SmsBroadcastMetrics(
    _Model,
    kw_only=True,
    rename={
        "opt_outs": "optOuts",
    },
):
    """Counts for one broadcast."""

    id: int
    sends: int | None = None
    deliveries: int | None = None
    replies: int | None = None
    failures: int | None = None
    opt_outs: int | None = None
    clicks: int | None = None
