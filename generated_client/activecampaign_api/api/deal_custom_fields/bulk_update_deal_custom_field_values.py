from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_custom_field_message import DealCustomFieldMessage
from ...models.deal_custom_field_value_change import DealCustomFieldValueChange


def _get_kwargs(
    *,
    body: list[DealCustomFieldValueChange],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/dealCustomFieldData/bulkUpdate",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealCustomFieldMessage:
    if response.status_code == 200:
        response_200 = DealCustomFieldMessage.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
