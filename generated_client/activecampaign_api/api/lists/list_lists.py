from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.list_lists_orders_name import ListListsOrdersName
from ...models.mailing_list_list import MailingListList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_name_eq: str | Unset = UNSET,
    filters_name_neq: str | Unset = UNSET,
    filters_name_lt: str | Unset = UNSET,
    filters_name_lte: str | Unset = UNSET,
    filters_name_gt: str | Unset = UNSET,
    filters_name_gte: str | Unset = UNSET,
    filters_name_contains: str | Unset = UNSET,
    filters_name_starts_with: str | Unset = UNSET,
    orders_name: ListListsOrdersName | Unset = UNSET,
    filters_id: str | Unset = UNSET,
    filters_channel: str | Unset = UNSET,
    filters_userid: str | Unset = UNSET,
    filters_created_timestamp: str | Unset = UNSET,
    filters_active_subscribers: str | Unset = UNSET,
    orders_id: SortDirection | Unset = UNSET,
    orders_channel: SortDirection | Unset = UNSET,
    orders_userid: SortDirection | Unset = UNSET,
    orders_created_timestamp: SortDirection | Unset = UNSET,
    orders_active_subscribers: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[name]"] = filters_name

    params["filters[name][eq]"] = filters_name_eq

    params["filters[name][neq]"] = filters_name_neq

    params["filters[name][lt]"] = filters_name_lt

    params["filters[name][lte]"] = filters_name_lte

    params["filters[name][gt]"] = filters_name_gt

    params["filters[name][gte]"] = filters_name_gte

    params["filters[name][contains]"] = filters_name_contains

    params["filters[name][starts_with]"] = filters_name_starts_with

    json_orders_name: str | Unset = UNSET
    if not isinstance(orders_name, Unset):
        json_orders_name = orders_name

    params["orders[name]"] = json_orders_name

    params["filters[id]"] = filters_id

    params["filters[channel]"] = filters_channel

    params["filters[userid]"] = filters_userid

    params["filters[created_timestamp]"] = filters_created_timestamp

    params["filters[active_subscribers]"] = filters_active_subscribers

    json_orders_id: str | Unset = UNSET
    if not isinstance(orders_id, Unset):
        json_orders_id = orders_id

    params["orders[id]"] = json_orders_id

    json_orders_channel: str | Unset = UNSET
    if not isinstance(orders_channel, Unset):
        json_orders_channel = orders_channel

    params["orders[channel]"] = json_orders_channel

    json_orders_userid: str | Unset = UNSET
    if not isinstance(orders_userid, Unset):
        json_orders_userid = orders_userid

    params["orders[userid]"] = json_orders_userid

    json_orders_created_timestamp: str | Unset = UNSET
    if not isinstance(orders_created_timestamp, Unset):
        json_orders_created_timestamp = orders_created_timestamp

    params["orders[created_timestamp]"] = json_orders_created_timestamp

    json_orders_active_subscribers: str | Unset = UNSET
    if not isinstance(orders_active_subscribers, Unset):
        json_orders_active_subscribers = orders_active_subscribers

    params["orders[active_subscribers]"] = json_orders_active_subscribers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> MailingListList:
    if status == 200:
        return cast(MailingListList, _decode(content, MailingListList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listLists",
    method="GET",
    path="/lists",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
