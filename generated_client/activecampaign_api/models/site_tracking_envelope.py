from __future__ import annotations

from ..decoding import Model as _Model


class SiteTrackingEnvelope(
    _Model,
    kw_only=True,
    rename={
        "site_tracking": "siteTracking",
    },
):
    """A model of the API's answers."""

    site_tracking: TrackingSwitch
    """ An on/off switch of a tracking feature. """


from .tracking_switch import TrackingSwitch  # noqa: E402
