from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.contact_create_request import ContactCreateRequest
from ...models.contact_envelope import ContactEnvelope


def _get_kwargs(
    *,
    body: ContactCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ContactEnvelope:
    if response.status_code == 200:
        response_200 = ContactEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = ContactEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
