from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.email_activity_list import EmailActivityList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_deal_id: str | Unset = UNSET,
    filters_fieldid: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[subscriberid]"] = filters_subscriberid

    params["filters[dealId]"] = filters_deal_id

    params["filters[fieldid]"] = filters_fieldid

    json_orders_tstamp: str | Unset = UNSET
    if not isinstance(orders_tstamp, Unset):
        json_orders_tstamp = orders_tstamp

    params["orders[tstamp]"] = json_orders_tstamp

    json_orders_subscriberid: str | Unset = UNSET
    if not isinstance(orders_subscriberid, Unset):
        json_orders_subscriberid = orders_subscriberid

    params["orders[subscriberid]"] = json_orders_subscriberid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/emailActivities",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> EmailActivityList:
    if status == 200:
        return cast(EmailActivityList, _decode(content, EmailActivityList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listEmailActivities",
    method="GET",
    path="/emailActivities",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
