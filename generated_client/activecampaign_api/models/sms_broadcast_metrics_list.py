from __future__ import annotations

from ..decoding import Model as _Model


class SmsBroadcastMetricsList(_Model, kw_only=True):
    """A model of the API's answers."""

    metrics: list[SmsBroadcastMetrics]


from .sms_broadcast_metrics import SmsBroadcastMetrics  # noqa: E402
