from __future__ import annotations

from ..decoding import Model as _Model


class TaskOutcomeEnvelope(
    _Model,
    kw_only=True,
    rename={
        "task_outcome": "taskOutcome",
    },
):
    """A model of the API's answers."""

    task_outcome: TaskOutcome
    """ A task outcome as the API returns it. """


from .task_outcome import TaskOutcome  # noqa: E402
