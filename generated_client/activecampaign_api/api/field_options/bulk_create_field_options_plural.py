from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.field_option_bulk_request import FieldOptionBulkRequest
from ...models.field_option_list import FieldOptionList


def _get_kwargs(
    *,
    body: FieldOptionBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fieldOptions/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FieldOptionList:
    if response.status_code == 200:
        response_200 = FieldOptionList.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = FieldOptionList.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
