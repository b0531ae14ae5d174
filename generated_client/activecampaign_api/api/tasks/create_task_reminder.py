from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.task_reminder_create_request import TaskReminderCreateRequest
from ...models.task_reminder_envelope import TaskReminderEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: TaskReminderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/taskNotifications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> TaskReminderEnvelope:
    if status == 200:
        return cast(TaskReminderEnvelope, _decode(content, TaskReminderEnvelope))
    if status == 201:
        return cast(TaskReminderEnvelope, _decode(content, TaskReminderEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createTaskReminder",
    method="POST",
    path="/taskNotifications",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
