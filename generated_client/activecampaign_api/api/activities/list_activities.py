from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.activity_list import ActivityList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    contact: str | Unset = UNSET,
    after: str | Unset = UNSET,
    include: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    emails: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["contact"] = contact

    params["after"] = after

    params["include"] = include

    json_orders_tstamp: str | Unset = UNSET
    if not isinstance(orders_tstamp, Unset):
        json_orders_tstamp = orders_tstamp

    params["orders[tstamp]"] = json_orders_tstamp

    params["emails"] = emails

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activities",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> ActivityList:
    if status == 200:
        return cast(ActivityList, _decode(content, ActivityList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listActivities",
    method="GET",
    path="/activities",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
