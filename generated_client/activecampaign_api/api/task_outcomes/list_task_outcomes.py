from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.list_task_outcomes_filters_sentiment import (
    ListTaskOutcomesFiltersSentiment,
)
from ...models.task_outcome_list import TaskOutcomeList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_sentiment: ListTaskOutcomesFiltersSentiment | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_filters_sentiment: str | Unset = UNSET
    if not isinstance(filters_sentiment, Unset):
        json_filters_sentiment = filters_sentiment

    params["filters[sentiment]"] = json_filters_sentiment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/taskOutcomes",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> TaskOutcomeList:
    if status == 200:
        return cast(TaskOutcomeList, _decode(content, TaskOutcomeList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listTaskOutcomes",
    method="GET",
    path="/taskOutcomes",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
