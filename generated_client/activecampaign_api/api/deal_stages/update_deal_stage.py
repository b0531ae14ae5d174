from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_stage_envelope import DealStageEnvelope
from ...models.deal_stage_update_request import DealStageUpdateRequest
from ...models.update_deal_stage_reorder import UpdateDealStageReorder
from ...types import UNSET, Unset, path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: DealStageUpdateRequest,
    reorder: UpdateDealStageReorder | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_reorder: int | Unset = UNSET
    if not isinstance(reorder, Unset):
        json_reorder = reorder

    params["reorder"] = json_reorder

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealStages/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealStageEnvelope:
    if status == 200:
        return cast(DealStageEnvelope, _decode(content, DealStageEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateDealStage",
    method="PUT",
    path="/dealStages/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
