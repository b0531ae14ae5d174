from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.sms_broadcast import SmsBroadcast
from ...models.sms_broadcast_update_request import SmsBroadcastUpdateRequest
from ...types import path_segment


def _get_kwargs(
    id: int,
    *,
    body: SmsBroadcastUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sms/broadcasts/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SmsBroadcast:
    if response.status_code == 200:
        response_200 = SmsBroadcast.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
