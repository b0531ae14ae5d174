from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_stage_envelope import DealStageEnvelope
from ...models.deal_stage_update_request import DealStageUpdateRequest
from ...models.update_deal_stage_reorder import UpdateDealStageReorder
from ...types import UNSET, Unset, path_segment


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


def _parse_response(response: httpx.Response) -> DealStageEnvelope:
    if response.status_code == 200:
        response_200 = DealStageEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
