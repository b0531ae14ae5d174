from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_task_type_create_request import DealTaskTypeCreateRequest
from ...models.deal_task_type_envelope import DealTaskTypeEnvelope


def _get_kwargs(
    *,
    body: DealTaskTypeCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealTasktypes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealTaskTypeEnvelope:
    if response.status_code == 200:
        response_200 = DealTaskTypeEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = DealTaskTypeEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
