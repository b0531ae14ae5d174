from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.inaccessible_pipeline_list import InaccessiblePipelineList
from ...types import UNSET


def _get_kwargs(
    *,
    deal_ids: list[int],
    user_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_deal_ids = deal_ids

    params["dealIds[]"] = json_deal_ids

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealGroup/get_inaccessible_deal_groups",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> InaccessiblePipelineList:
    if response.status_code == 200:
        response_200 = InaccessiblePipelineList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
