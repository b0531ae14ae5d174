from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.address_create_request import AddressCreateRequest
from ...models.address_envelope import AddressEnvelope


def _get_kwargs(
    *,
    body: AddressCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/addresses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AddressEnvelope:
    if response.status_code == 200:
        response_200 = AddressEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = AddressEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
