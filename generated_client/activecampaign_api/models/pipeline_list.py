from __future__ import annotations

from ..decoding import Model as _Model


class PipelineList(
    _Model,
    kw_only=True,
    rename={
        "deal_groups": "dealGroups",
        "deal_stages": "dealStages",
    },
):
    """A model of the API's answers."""

    deal_groups: list[Pipeline]
    deal_stages: list[DealStage] | None = None
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Pipeline]:
        """The items of this page (`deal_groups`)."""
        return self.deal_groups


from .deal_stage import DealStage  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
from .pipeline import Pipeline  # noqa: E402
