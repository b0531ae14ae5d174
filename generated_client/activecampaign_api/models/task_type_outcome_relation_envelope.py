from __future__ import annotations

from ..decoding import Model as _Model


class TaskTypeOutcomeRelationEnvelope(
    _Model,
    kw_only=True,
    rename={
        "tasktype_outcome_rel": "tasktypeOutcomeRel",
    },
):
    """A model of the API's answers."""

    tasktype_outcome_rel: TaskTypeOutcomeRelation
    """ The offer of one outcome by one task type. """


from .task_type_outcome_relation import TaskTypeOutcomeRelation  # noqa: E402
