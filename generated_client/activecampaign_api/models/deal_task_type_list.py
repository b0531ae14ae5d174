from __future__ import annotations

from ..decoding import Model as _Model


class DealTaskTypeList(
    _Model,
    kw_only=True,
    rename={
        "deal_tasktypes": "dealTasktypes",
    },
):
    """A model of the API's answers."""

    deal_tasktypes: list[DealTaskType]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[DealTaskType]:
        """The items of this page (`deal_tasktypes`)."""
        return self.deal_tasktypes


from .deal_task_type import DealTaskType  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
