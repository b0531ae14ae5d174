from __future__ import annotations

from ..decoding import Model as _Model


class EventTrackingEnvelope(
    _Model,
    kw_only=True,
    rename={
        "event_tracking": "eventTracking",
    },
):
    """A model of the API's answers."""

    event_tracking: TrackingSwitch
    """ An on/off switch of a tracking feature. """


from .tracking_switch import TrackingSwitch  # noqa: E402
