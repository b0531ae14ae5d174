from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.account_custom_field_value_create_request import AccountCustomFieldValueCreateRequest
from ...models.account_custom_field_value_envelope import AccountCustomFieldValueEnvelope


def _get_kwargs(
    *,
    body: AccountCustomFieldValueCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accountCustomFieldData",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AccountCustomFieldValueEnvelope:
    if response.status_code == 200:
        response_200 = AccountCustomFieldValueEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = AccountCustomFieldValueEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
