from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_task_type_envelope import DealTaskTypeEnvelope
from ...models.deal_task_type_update_request import DealTaskTypeUpdateRequest
from ...types import path_segment


def _get_kwargs(
    id: str,
    *,
    body: DealTaskTypeUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealTasktypes/{id}".format(
            id=path_segment(id, "id", numeric=True),
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
