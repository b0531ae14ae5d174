from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.campaign_list import CampaignList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    orders_sdate: SortDirection | Unset = UNSET,
    orders_ldate: SortDirection | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_orders_sdate: str | Unset = UNSET
    if not isinstance(orders_sdate, Unset):
        json_orders_sdate = orders_sdate

    params["orders[sdate]"] = json_orders_sdate

    json_orders_ldate: str | Unset = UNSET
    if not isinstance(orders_ldate, Unset):
        json_orders_ldate = orders_ldate

    params["orders[ldate]"] = json_orders_ldate

    params["filters[seriesid]"] = filters_seriesid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CampaignList:
    if response.status_code == 200:
        response_200 = CampaignList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
