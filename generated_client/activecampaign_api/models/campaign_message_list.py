from __future__ import annotations

from ..decoding import Model as _Model


class CampaignMessageList(
    _Model,
    kw_only=True,
    rename={
        "campaign_messages": "campaignMessages",
    },
):
    """A model of the API's answers."""

    campaign_messages: list[CampaignMessage]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[CampaignMessage]:
        """The items of this page (`campaign_messages`)."""
        return self.campaign_messages


from .campaign_message import CampaignMessage  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
