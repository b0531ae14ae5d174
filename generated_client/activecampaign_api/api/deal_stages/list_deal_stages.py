from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_stage_list import DealStageList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


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


def _parse_response(status: int, content: bytes) -> DealStageList:
    if status == 200:
        return cast(DealStageList, _decode(content, DealStageList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listDealStages",
    method="GET",
    path="/dealStages",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
