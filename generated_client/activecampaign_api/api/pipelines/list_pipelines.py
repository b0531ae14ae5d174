from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.list_pipelines_filters_have_stages import (
    ListPipelinesFiltersHaveStages,
)
from ...models.pipeline_list import PipelineList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_have_stages: ListPipelinesFiltersHaveStages | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
    orders_popular: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[title]"] = filters_title

    json_filters_have_stages: int | Unset = UNSET
    if not isinstance(filters_have_stages, Unset):
        json_filters_have_stages = filters_have_stages

    params["filters[have_stages]"] = json_filters_have_stages

    json_orders_title: str | Unset = UNSET
    if not isinstance(orders_title, Unset):
        json_orders_title = orders_title

    params["orders[title]"] = json_orders_title

    json_orders_popular: str | Unset = UNSET
    if not isinstance(orders_popular, Unset):
        json_orders_popular = orders_popular

    params["orders[popular]"] = json_orders_popular

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealGroups",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PipelineList:
    if response.status_code == 200:
        response_200 = PipelineList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
