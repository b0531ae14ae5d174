from __future__ import annotations

from ..decoding import Model as _Model


class DealTaskList(
    _Model,
    kw_only=True,
    rename={
        "deal_tasks": "dealTasks",
    },
):
    """A model of the API's answers."""

    deal_tasks: list[DealTask]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[DealTask]:
        """The items of this page (`deal_tasks`)."""
        return self.deal_tasks


from .deal_task import DealTask  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
