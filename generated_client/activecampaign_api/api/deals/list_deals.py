from __future__ import annotations

import datetime
from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_list import DealList
from ...models.list_deals_filters_status import ListDealsFiltersStatus
from ...models.list_deals_include_item import ListDealsIncludeItem
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_search: str | Unset = UNSET,
    filters_search_field: str | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_stage: str | Unset = UNSET,
    filters_group: str | Unset = UNSET,
    filters_status: ListDealsFiltersStatus | Unset = UNSET,
    filters_owner: str | Unset = UNSET,
    filters_nextdate_range: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_tasktype: str | Unset = UNSET,
    filters_created_before: datetime.date | Unset = UNSET,
    filters_created_after: datetime.date | Unset = UNSET,
    filters_updated_before: datetime.date | Unset = UNSET,
    filters_updated_after: datetime.date | Unset = UNSET,
    filters_organization: str | Unset = UNSET,
    filters_minimum_value: int | Unset = UNSET,
    filters_maximum_value: int | Unset = UNSET,
    filters_score_greater_than: str | Unset = UNSET,
    filters_score_less_than: str | Unset = UNSET,
    filters_score: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
    orders_value: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_contact_name: SortDirection | Unset = UNSET,
    orders_contact_orgname: SortDirection | Unset = UNSET,
    orders_next_action: SortDirection | Unset = UNSET,
    include: list[ListDealsIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[search]"] = filters_search

    params["filters[search_field]"] = filters_search_field

    params["filters[title]"] = filters_title

    params["filters[stage]"] = filters_stage

    params["filters[group]"] = filters_group

    json_filters_status: int | Unset = UNSET
    if not isinstance(filters_status, Unset):
        json_filters_status = filters_status

    params["filters[status]"] = json_filters_status

    params["filters[owner]"] = filters_owner

    params["filters[nextdate_range]"] = filters_nextdate_range

    params["filters[tag]"] = filters_tag

    params["filters[tasktype]"] = filters_tasktype

    json_filters_created_before: str | Unset = UNSET
    if not isinstance(filters_created_before, Unset):
        json_filters_created_before = filters_created_before.isoformat()
    params["filters[created_before]"] = json_filters_created_before

    json_filters_created_after: str | Unset = UNSET
    if not isinstance(filters_created_after, Unset):
        json_filters_created_after = filters_created_after.isoformat()
    params["filters[created_after]"] = json_filters_created_after

    json_filters_updated_before: str | Unset = UNSET
    if not isinstance(filters_updated_before, Unset):
        json_filters_updated_before = filters_updated_before.isoformat()
    params["filters[updated_before]"] = json_filters_updated_before

    json_filters_updated_after: str | Unset = UNSET
    if not isinstance(filters_updated_after, Unset):
        json_filters_updated_after = filters_updated_after.isoformat()
    params["filters[updated_after]"] = json_filters_updated_after

    params["filters[organization]"] = filters_organization

    params["filters[minimum_value]"] = filters_minimum_value

    params["filters[maximum_value]"] = filters_maximum_value

    params["filters[score_greater_than]"] = filters_score_greater_than

    params["filters[score_less_than]"] = filters_score_less_than

    params["filters[score]"] = filters_score

    json_orders_title: str | Unset = UNSET
    if not isinstance(orders_title, Unset):
        json_orders_title = orders_title

    params["orders[title]"] = json_orders_title

    json_orders_value: str | Unset = UNSET
    if not isinstance(orders_value, Unset):
        json_orders_value = orders_value

    params["orders[value]"] = json_orders_value

    json_orders_cdate: str | Unset = UNSET
    if not isinstance(orders_cdate, Unset):
        json_orders_cdate = orders_cdate

    params["orders[cdate]"] = json_orders_cdate

    json_orders_contact_name: str | Unset = UNSET
    if not isinstance(orders_contact_name, Unset):
        json_orders_contact_name = orders_contact_name

    params["orders[contact_name]"] = json_orders_contact_name

    json_orders_contact_orgname: str | Unset = UNSET
    if not isinstance(orders_contact_orgname, Unset):
        json_orders_contact_orgname = orders_contact_orgname

    params["orders[contact_orgname]"] = json_orders_contact_orgname

    json_orders_next_action: str | Unset = UNSET
    if not isinstance(orders_next_action, Unset):
        json_orders_next_action = orders_next_action

    params["orders[next-action]"] = json_orders_next_action

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deals",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> DealList:
    if status == 200:
        return cast(DealList, _decode(content, DealList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listDeals",
    method="GET",
    path="/deals",
    server=None,
    idempotent=True,
    comma_separated=frozenset(("include",)),
    success=(200,),
    parse=_parse_response,
)
