from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.list_exclusion_list import ListExclusionList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset


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


def _parse_response(response: httpx.Response) -> ListExclusionList:
    if response.status_code == 200:
        response_200 = ListExclusionList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
