from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.list_exclusion_list import ListExclusionList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_match_phrase: str | Unset = UNSET,
    filters_lists: list[str] | Unset = UNSET,
    orders_match_phrase: SortDirection | Unset = UNSET,
    orders_lists: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[matchPhrase]"] = filters_match_phrase

    json_filters_lists: list[str] | Unset = UNSET
    if not isinstance(filters_lists, Unset):
        json_filters_lists = filters_lists

    params["filters[lists][]"] = json_filters_lists

    json_orders_match_phrase: str | Unset = UNSET
    if not isinstance(orders_match_phrase, Unset):
        json_orders_match_phrase = orders_match_phrase

    params["orders[matchPhrase]"] = json_orders_match_phrase

    json_orders_lists: str | Unset = UNSET
    if not isinstance(orders_lists, Unset):
        json_orders_lists = orders_lists

    params["orders[lists]"] = json_orders_lists

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/exclusions",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> ListExclusionList:
    if status == 200:
        return cast(ListExclusionList, _decode(content, ListExclusionList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listListExclusions",
    method="GET",
    path="/lists/exclusions",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
