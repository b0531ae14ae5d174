from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.list_personalizations_filter_format import (
    ListPersonalizationsFilterFormat,
)
from ...models.personalization_list import PersonalizationList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_tag: str | Unset = UNSET,
    filter_list_name: str | Unset = UNSET,
    filter_content: str | Unset = UNSET,
    filter_format: ListPersonalizationsFilterFormat | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_tag: SortDirection | Unset = UNSET,
    orders_format: SortDirection | Unset = UNSET,
    orders_content: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filter[name]"] = filter_name

    params["filter[tag]"] = filter_tag

    params["filter[listName]"] = filter_list_name

    params["filter[content]"] = filter_content

    json_filter_format: str | Unset = UNSET
    if not isinstance(filter_format, Unset):
        json_filter_format = filter_format

    params["filter[format]"] = json_filter_format

    json_orders_name: str | Unset = UNSET
    if not isinstance(orders_name, Unset):
        json_orders_name = orders_name

    params["orders[name]"] = json_orders_name

    json_orders_tag: str | Unset = UNSET
    if not isinstance(orders_tag, Unset):
        json_orders_tag = orders_tag

    params["orders[tag]"] = json_orders_tag

    json_orders_format: str | Unset = UNSET
    if not isinstance(orders_format, Unset):
        json_orders_format = orders_format

    params["orders[format]"] = json_orders_format

    json_orders_content: str | Unset = UNSET
    if not isinstance(orders_content, Unset):
        json_orders_content = orders_content

    params["orders[content]"] = json_orders_content

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/personalizations",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> PersonalizationList:
    if status == 200:
        return cast(PersonalizationList, _decode(content, PersonalizationList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listPersonalizations",
    method="GET",
    path="/personalizations",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
