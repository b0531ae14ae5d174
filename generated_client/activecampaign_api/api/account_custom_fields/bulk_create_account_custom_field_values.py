from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.account_custom_field_message import AccountCustomFieldMessage
from ...models.account_custom_field_value_new import AccountCustomFieldValueNew


def _get_kwargs(
    *,
    body: list[AccountCustomFieldValueNew],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accountCustomFieldData/bulkCreate",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AccountCustomFieldMessage:
    if response.status_code == 200:
        response_200 = AccountCustomFieldMessage.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = AccountCustomFieldMessage.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
