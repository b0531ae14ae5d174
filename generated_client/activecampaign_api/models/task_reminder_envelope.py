from __future__ import annotations

from ..decoding import Model as _Model


class TaskReminderEnvelope(
    _Model,
    kw_only=True,
    rename={
        "task_notification": "taskNotification",
    },
):
    """A model of the API's answers."""

    task_notification: TaskReminder | None = None
    """ A reminder of a task, as the API returns it. """


from .task_reminder import TaskReminder  # noqa: E402
