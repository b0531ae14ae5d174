from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_task_create_request import DealTaskCreateRequest
from ...models.deal_task_envelope import DealTaskEnvelope


def _get_kwargs(
    *,
    body: DealTaskCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealTasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealTaskEnvelope:
    if response.status_code == 200:
        response_200 = DealTaskEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = DealTaskEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
