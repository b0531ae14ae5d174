from __future__ import annotations

from ..decoding import Model as _Model


class TaskTypeOutcomeRelationList(
    _Model,
    kw_only=True,
    rename={
        "tasktype_outcome_rels": "tasktypeOutcomeRels",
    },
):
    """A model of the API's answers."""

    tasktype_outcome_rels: list[TaskTypeOutcomeRelation]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[TaskTypeOutcomeRelation]:
        """The items of this page (`tasktype_outcome_rels`)."""
        return self.tasktype_outcome_rels


from .page_meta import PageMeta  # noqa: E402
from .task_type_outcome_relation import TaskTypeOutcomeRelation  # noqa: E402
