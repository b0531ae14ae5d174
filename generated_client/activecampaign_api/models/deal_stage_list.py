from __future__ import annotations

from ..decoding import Model as _Model


class DealStageList(
    _Model,
    kw_only=True,
    rename={
        "deal_stages": "dealStages",
    },
):
    """A model of the API's answers."""

    deal_stages: list[DealStage]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[DealStage]:
        """The items of this page (`deal_stages`)."""
        return self.deal_stages


from .deal_stage import DealStage  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
