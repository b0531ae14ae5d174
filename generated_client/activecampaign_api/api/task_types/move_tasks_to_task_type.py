from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.deal_task_type_move_request import DealTaskTypeMoveRequest
from ...models.deal_task_type_move_result import DealTaskTypeMoveResult


def _get_kwargs(
    id: str,
    *,
    body: DealTaskTypeMoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealTasktypes/{id}/dealTasks".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealTaskTypeMoveResult:
    if response.status_code == 200:
        response_200 = DealTaskTypeMoveResult.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
