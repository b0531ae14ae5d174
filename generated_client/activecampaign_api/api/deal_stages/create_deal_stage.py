from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.create_deal_stage_reorder import CreateDealStageReorder
from ...models.deal_stage_create_request import DealStageCreateRequest
from ...models.deal_stage_envelope import DealStageEnvelope
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: DealStageCreateRequest,
    reorder: CreateDealStageReorder | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_reorder: int | Unset = UNSET
    if not isinstance(reorder, Unset):
        json_reorder = reorder

    params["reorder"] = json_reorder

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealStages",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealStageEnvelope:
    if response.status_code == 200:
        response_200 = DealStageEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = DealStageEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
