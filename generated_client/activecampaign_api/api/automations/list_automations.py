from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.automation_list import AutomationList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_ids: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_triggers: str | Unset = UNSET,
    filters_actions: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    label: str | Unset = UNSET,
    search: str | Unset = UNSET,
    active: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[name]"] = filters_name

    params["filters[status]"] = filters_status

    params["filters[ids]"] = filters_ids

    params["filters[tag]"] = filters_tag

    params["filters[triggers]"] = filters_triggers

    params["filters[actions]"] = filters_actions

    params["filters[label_name]"] = filters_label_name

    json_orders_name: str | Unset = UNSET
    if not isinstance(orders_name, Unset):
        json_orders_name = orders_name

    params["orders[name]"] = json_orders_name

    json_orders_status: str | Unset = UNSET
    if not isinstance(orders_status, Unset):
        json_orders_status = orders_status

    params["orders[status]"] = json_orders_status

    json_orders_cdate: str | Unset = UNSET
    if not isinstance(orders_cdate, Unset):
        json_orders_cdate = orders_cdate

    params["orders[cdate]"] = json_orders_cdate

    json_orders_mdate: str | Unset = UNSET
    if not isinstance(orders_mdate, Unset):
        json_orders_mdate = orders_mdate

    params["orders[mdate]"] = json_orders_mdate

    params["label"] = label

    params["search"] = search

    params["active"] = active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/automations",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> AutomationList:
    if status == 200:
        return cast(AutomationList, _decode(content, AutomationList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listAutomations",
    method="GET",
    path="/automations",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
