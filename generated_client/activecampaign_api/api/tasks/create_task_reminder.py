from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.task_reminder_create_request import TaskReminderCreateRequest
from ...models.task_reminder_envelope import TaskReminderEnvelope


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


def _parse_response(response: httpx.Response) -> TaskReminderEnvelope:
    if response.status_code == 200:
        response_200 = TaskReminderEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = TaskReminderEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
