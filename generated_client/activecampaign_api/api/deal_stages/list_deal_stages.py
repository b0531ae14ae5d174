from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_stage_list import DealStageList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_d_groupid: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[title]"] = filters_title

    params["filters[d_groupid]"] = filters_d_groupid

    json_orders_title: str | Unset = UNSET
    if not isinstance(orders_title, Unset):
        json_orders_title = orders_title

    params["orders[title]"] = json_orders_title

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealStages",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DealStageList:
    if response.status_code == 200:
        response_200 = DealStageList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
