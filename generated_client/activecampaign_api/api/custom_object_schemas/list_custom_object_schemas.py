from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_object_schema_list import CustomObjectSchemaList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    show_fields: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
    orders_created_timestamp: SortDirection | Unset = UNSET,
    orders_updated_timestamp: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["showFields"] = show_fields

    params["filters[createdTimestamp][gt]"] = filters_created_timestamp_gt

    params["filters[updatedTimestamp][gt]"] = filters_updated_timestamp_gt

    json_orders_created_timestamp: str | Unset = UNSET
    if not isinstance(orders_created_timestamp, Unset):
        json_orders_created_timestamp = orders_created_timestamp

    params["orders[createdTimestamp]"] = json_orders_created_timestamp

    json_orders_updated_timestamp: str | Unset = UNSET
    if not isinstance(orders_updated_timestamp, Unset):
        json_orders_updated_timestamp = orders_updated_timestamp

    params["orders[updatedTimestamp]"] = json_orders_updated_timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customObjects/schemas",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomObjectSchemaList:
    if status == 200:
        return cast(CustomObjectSchemaList, _decode(content, CustomObjectSchemaList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listCustomObjectSchemas",
    method="GET",
    path="/customObjects/schemas",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
