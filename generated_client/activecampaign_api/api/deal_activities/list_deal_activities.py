from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_activity_list import DealActivityList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    deal: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    filters_data_type: str | Unset = UNSET,
    filters_data_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["deal"] = deal

    params["exclude"] = exclude

    params["filters[data_type]"] = filters_data_type

    params["filters[data_id]"] = filters_data_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealActivities",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> DealActivityList:
    if status == 200:
        return cast(DealActivityList, _decode(content, DealActivityList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listDealActivities",
    method="GET",
    path="/dealActivities",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
