from __future__ import annotations

from ..decoding import Model as _Model


class TaskOutcomeList(
    _Model,
    kw_only=True,
    rename={
        "task_outcomes": "taskOutcomes",
    },
):
    """A model of the API's answers."""

    task_outcomes: list[TaskOutcome]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[TaskOutcome]:
        """The items of this page (`task_outcomes`)."""
        return self.task_outcomes


from .page_meta import PageMeta  # noqa: E402
from .task_outcome import TaskOutcome  # noqa: E402
