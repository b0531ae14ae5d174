from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.contact_automation_list import ContactAutomationList
from ...models.list_contact_automations_include_item import (
    ListContactAutomationsIncludeItem,
)
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include: list[ListContactAutomationsIncludeItem] | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_adddate: str | Unset = UNSET,
    filters_lastblock: str | Unset = UNSET,
    orders_seriesid: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_adddate: SortDirection | Unset = UNSET,
    orders_lastblock: SortDirection | Unset = UNSET,
    q: str | Unset = UNSET,
    min_time: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params["filters[seriesid]"] = filters_seriesid

    params["filters[subscriberid]"] = filters_subscriberid

    params["filters[status]"] = filters_status

    params["filters[adddate]"] = filters_adddate

    params["filters[lastblock]"] = filters_lastblock

    json_orders_seriesid: str | Unset = UNSET
    if not isinstance(orders_seriesid, Unset):
        json_orders_seriesid = orders_seriesid

    params["orders[seriesid]"] = json_orders_seriesid

    json_orders_subscriberid: str | Unset = UNSET
    if not isinstance(orders_subscriberid, Unset):
        json_orders_subscriberid = orders_subscriberid

    params["orders[subscriberid]"] = json_orders_subscriberid

    json_orders_status: str | Unset = UNSET
    if not isinstance(orders_status, Unset):
        json_orders_status = orders_status

    params["orders[status]"] = json_orders_status

    json_orders_adddate: str | Unset = UNSET
    if not isinstance(orders_adddate, Unset):
        json_orders_adddate = orders_adddate

    params["orders[adddate]"] = json_orders_adddate

    json_orders_lastblock: str | Unset = UNSET
    if not isinstance(orders_lastblock, Unset):
        json_orders_lastblock = orders_lastblock

    params["orders[lastblock]"] = json_orders_lastblock

    params["q"] = q

    params["min_time"] = min_time

    params["max_time"] = max_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contactAutomations",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> ContactAutomationList:
    if status == 200:
        return cast(ContactAutomationList, _decode(content, ContactAutomationList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listContactAutomations",
    method="GET",
    path="/contactAutomations",
    server=None,
    idempotent=True,
    comma_separated=frozenset(("include",)),
    success=(200,),
    parse=_parse_response,
)
