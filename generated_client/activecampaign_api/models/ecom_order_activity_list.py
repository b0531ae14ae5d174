from __future__ import annotations

from ..decoding import Model as _Model


class EcomOrderActivityList(
    _Model,
    kw_only=True,
    rename={
        "ecom_order_activities": "ecomOrderActivities",
    },
):
    """A model of the API's answers."""

    ecom_order_activities: list[EcomOrderActivity]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[EcomOrderActivity]:
        """The items of this page (`ecom_order_activities`)."""
        return self.ecom_order_activities


from .ecom_order_activity import EcomOrderActivity  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
