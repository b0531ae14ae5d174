from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.account_custom_field_message import AccountCustomFieldMessage
from ...models.account_custom_field_value_change import AccountCustomFieldValueChange


def _get_kwargs(
    *,
    body: list[AccountCustomFieldValueChange],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/accountCustomFieldData/bulkUpdate",
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

    raise errors.UnexpectedStatus(response.status_code, response.content)
