from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_custom_field_value_create_request import DealCustomFieldValueCreateRequest
from ...models.deal_custom_field_value_envelope import DealCustomFieldValueEnvelope


def _get_kwargs(
    *,
    body: DealCustomFieldValueCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealCustomFieldData",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealCustomFieldValueEnvelope:
    if response.status_code == 200:
        response_200 = DealCustomFieldValueEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = DealCustomFieldValueEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
