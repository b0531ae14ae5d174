from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.field_rel_create_request import FieldRelCreateRequest
from ...models.field_rel_envelope import FieldRelEnvelope


def _get_kwargs(
    *,
    body: FieldRelCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fieldRels",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FieldRelEnvelope:
    if response.status_code == 200:
        response_200 = FieldRelEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = FieldRelEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
