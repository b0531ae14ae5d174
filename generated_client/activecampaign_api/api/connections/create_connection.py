from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.connection_create_request import ConnectionCreateRequest
from ...models.connection_envelope import ConnectionEnvelope


def _get_kwargs(
    *,
    body: ConnectionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ConnectionEnvelope:
    if response.status_code == 200:
        response_200 = ConnectionEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = ConnectionEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
