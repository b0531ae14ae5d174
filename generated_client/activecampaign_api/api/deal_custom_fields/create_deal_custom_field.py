from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_custom_field_create_request import DealCustomFieldCreateRequest
from ...models.deal_custom_field_envelope import DealCustomFieldEnvelope


def _get_kwargs(
    *,
    body: DealCustomFieldCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealCustomFieldMeta",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealCustomFieldEnvelope:
    if response.status_code == 200:
        response_200 = DealCustomFieldEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = DealCustomFieldEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
