from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.task_outcome_create_request import TaskOutcomeCreateRequest
from ...models.task_outcome_envelope import TaskOutcomeEnvelope


def _get_kwargs(
    *,
    body: TaskOutcomeCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasktypeOutcomeRels",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TaskOutcomeEnvelope:
    if response.status_code == 200:
        response_200 = TaskOutcomeEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = TaskOutcomeEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
