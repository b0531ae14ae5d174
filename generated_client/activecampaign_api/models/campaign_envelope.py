from __future__ import annotations

from ..decoding import Model as _Model


class CampaignEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    campaign: Campaign
    """ A campaign as the API returns it. Counters, flags and ids arrive as strings. """


from .campaign import Campaign  # noqa: E402
