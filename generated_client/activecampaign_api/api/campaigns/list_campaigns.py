from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.campaign_list import CampaignList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    orders_sdate: SortDirection | Unset = UNSET,
    orders_ldate: SortDirection | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    filters_list_id: str | Unset = UNSET,
    filters_automation: str | Unset = UNSET,
    filters_willrecur: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_id: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
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

    params["filters[type]"] = filters_type

    params["filters[list_id]"] = filters_list_id

    params["filters[automation]"] = filters_automation

    params["filters[willrecur]"] = filters_willrecur

    params["filters[label_name]"] = filters_label_name

    params["filters[name]"] = filters_name

    params["filters[id]"] = filters_id

    params["filters[status]"] = filters_status

    json_orders_mdate: str | Unset = UNSET
    if not isinstance(orders_mdate, Unset):
        json_orders_mdate = orders_mdate

    params["orders[mdate]"] = json_orders_mdate

    json_orders_status: str | Unset = UNSET
    if not isinstance(orders_status, Unset):
        json_orders_status = orders_status

    params["orders[status]"] = json_orders_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> CampaignList:
    if status == 200:
        return cast(CampaignList, _decode(content, CampaignList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listCampaigns",
    method="GET",
    path="/campaigns",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
