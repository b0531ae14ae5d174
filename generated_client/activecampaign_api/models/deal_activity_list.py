from __future__ import annotations

from ..decoding import Model as _Model


class DealActivityList(
    _Model,
    kw_only=True,
    rename={
        "deal_activities": "dealActivities",
    },
):
    """A model of the API's answers."""

    deal_activities: list[DealActivity]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[DealActivity]:
        """The items of this page (`deal_activities`)."""
        return self.deal_activities


from .deal_activity import DealActivity  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
