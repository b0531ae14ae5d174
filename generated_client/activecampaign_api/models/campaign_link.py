from __future__ import annotations

from ..decoding import Model as _Model


class CampaignLink(_Model, kw_only=True):
    """A tracked link of a campaign message. `link` is `open` for the read tracker."""

    id: str
    campaignid: str | None = None
    messageid: str | None = None
    """ Id of the message; `0` when the link belongs to no single message. """
    link: str | None = None
    """ The target URL, or `open` for the read tracker. """
    name: str | None = None
    ref: str | None = None
    tracked: str | None = None
    """ 1 when clicks are tracked. """
    campaign: str | None = None
    message: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
