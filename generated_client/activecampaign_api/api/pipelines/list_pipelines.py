from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.list_pipelines_filters_have_stages import (
    ListPipelinesFiltersHaveStages,
)
from ...models.pipeline_list import PipelineList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


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


def _parse_response(status: int, content: bytes) -> PipelineList:
    if status == 200:
        return cast(PipelineList, _decode(content, PipelineList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listPipelines",
    method="GET",
    path="/dealGroups",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
