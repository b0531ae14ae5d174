from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class CampaignAggregateRevenueList(
    _Model,
    kw_only=True,
    rename={
        "aggregate_revenues": "aggregateRevenues",
    },
):
    """A model of the API's answers."""

    aggregate_revenues: list[dict[str, Any]]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[dict[str, Any]]:
        """The items of this page (`aggregate_revenues`)."""
        return self.aggregate_revenues


from .page_meta import PageMeta  # noqa: E402
