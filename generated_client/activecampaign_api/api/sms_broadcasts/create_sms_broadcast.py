from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.sms_broadcast import SmsBroadcast
from ...models.sms_broadcast_create_request import SmsBroadcastCreateRequest


def _get_kwargs(
    *,
    body: SmsBroadcastCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/broadcasts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SmsBroadcast:
    if response.status_code == 201:
        response_201 = SmsBroadcast.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
