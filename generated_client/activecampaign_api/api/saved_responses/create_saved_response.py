from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.saved_response_create_request import SavedResponseCreateRequest
from ...models.saved_response_envelope import SavedResponseEnvelope


def _get_kwargs(
    *,
    body: SavedResponseCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/savedResponses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SavedResponseEnvelope:
    if response.status_code == 200:
        response_200 = SavedResponseEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = SavedResponseEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
