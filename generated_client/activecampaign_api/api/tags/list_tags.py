from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.list_tags_orders_search import ListTagsOrdersSearch
from ...models.tag_list import TagList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_search_eq: str | Unset = UNSET,
    filters_search_neq: str | Unset = UNSET,
    filters_search_lt: str | Unset = UNSET,
    filters_search_lte: str | Unset = UNSET,
    filters_search_gt: str | Unset = UNSET,
    filters_search_gte: str | Unset = UNSET,
    filters_search_contains: str | Unset = UNSET,
    filters_search_starts_with: str | Unset = UNSET,
    orders_search: ListTagsOrdersSearch | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params["filters[search][eq]"] = filters_search_eq

    params["filters[search][neq]"] = filters_search_neq

    params["filters[search][lt]"] = filters_search_lt

    params["filters[search][lte]"] = filters_search_lte

    params["filters[search][gt]"] = filters_search_gt

    params["filters[search][gte]"] = filters_search_gte

    params["filters[search][contains]"] = filters_search_contains

    params["filters[search][starts_with]"] = filters_search_starts_with

    json_orders_search: str | Unset = UNSET
    if not isinstance(orders_search, Unset):
        json_orders_search = orders_search

    params["orders[search]"] = json_orders_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> TagList:
    if status == 200:
        return cast(TagList, _decode(content, TagList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listTags",
    method="GET",
    path="/tags",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
