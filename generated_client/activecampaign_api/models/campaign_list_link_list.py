from __future__ import annotations

from ..decoding import Model as _Model


class CampaignListLinkList(
    _Model,
    kw_only=True,
    rename={
        "campaign_lists": "campaignLists",
    },
):
    """A model of the API's answers."""

    campaign_lists: list[CampaignListLink]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[CampaignListLink]:
        """The items of this page (`campaign_lists`)."""
        return self.campaign_lists


from .campaign_list_link import CampaignListLink  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
