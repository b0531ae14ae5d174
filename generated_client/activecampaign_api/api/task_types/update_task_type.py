from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.deal_task_type_envelope import DealTaskTypeEnvelope
from ...models.deal_task_type_update_request import DealTaskTypeUpdateRequest


def _get_kwargs(
    id: str,
    *,
    body: DealTaskTypeUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealTasktypes/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealTaskTypeEnvelope:
    if response.status_code == 200:
        response_200 = DealTaskTypeEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
