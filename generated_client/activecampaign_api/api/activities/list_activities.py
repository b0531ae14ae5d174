from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.activity_list import ActivityList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset


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


def _parse_response(response: httpx.Response) -> ActivityList:
    if response.status_code == 200:
        response_200 = ActivityList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
