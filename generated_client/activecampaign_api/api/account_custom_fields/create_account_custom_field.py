from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.account_custom_field_create_request import AccountCustomFieldCreateRequest
from ...models.account_custom_field_envelope import AccountCustomFieldEnvelope


def _get_kwargs(
    *,
    body: AccountCustomFieldCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accountCustomFieldMeta",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AccountCustomFieldEnvelope:
    if response.status_code == 200:
        response_200 = AccountCustomFieldEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = AccountCustomFieldEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
