from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.secondary_contact_create_request import SecondaryContactCreateRequest
from ...models.secondary_contact_envelope import SecondaryContactEnvelope


def _get_kwargs(
    *,
    body: SecondaryContactCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contactDeals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SecondaryContactEnvelope:
    if response.status_code == 200:
        response_200 = SecondaryContactEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = SecondaryContactEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
