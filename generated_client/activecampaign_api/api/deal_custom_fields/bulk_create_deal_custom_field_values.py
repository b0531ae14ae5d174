from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_custom_field_message import DealCustomFieldMessage
from ...models.deal_custom_field_value_new import DealCustomFieldValueNew


def _get_kwargs(
    *,
    body: list[DealCustomFieldValueNew],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealCustomFieldData/bulkCreate",
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

    if response.status_code == 201:
        response_201 = DealCustomFieldMessage.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
