from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.deal_task_envelope import DealTaskEnvelope
from ...models.deal_task_update_request import DealTaskUpdateRequest


def _get_kwargs(
    id: str,
    *,
    body: DealTaskUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealTasks/{id}".format(
            id=quote(str(id), safe=""),
        ),
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
