from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_stage_move_request import DealStageMoveRequest
from ...models.deal_stage_move_result import DealStageMoveResult
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: DealStageMoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealStages/{id}/deals".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealStageMoveResult:
    if status == 200:
        return cast(DealStageMoveResult, _decode(content, DealStageMoveResult))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="moveDealsToStage",
    method="PUT",
    path="/dealStages/{id}/deals",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
