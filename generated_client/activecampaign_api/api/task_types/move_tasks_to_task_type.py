from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_task_type_move_request import DealTaskTypeMoveRequest
from ...models.deal_task_type_move_result import DealTaskTypeMoveResult
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: DealTaskTypeMoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealTasktypes/{id}/dealTasks".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealTaskTypeMoveResult:
    if status == 200:
        return cast(DealTaskTypeMoveResult, _decode(content, DealTaskTypeMoveResult))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="moveTasksToTaskType",
    method="PUT",
    path="/dealTasktypes/{id}/dealTasks",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
