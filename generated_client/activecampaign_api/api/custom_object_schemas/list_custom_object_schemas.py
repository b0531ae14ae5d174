from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_schema_list import CustomObjectSchemaList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset


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


def _parse_response(response: httpx.Response) -> CustomObjectSchemaList:
    if response.status_code == 200:
        response_200 = CustomObjectSchemaList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
