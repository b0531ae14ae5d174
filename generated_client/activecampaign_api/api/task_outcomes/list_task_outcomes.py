from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.list_task_outcomes_filters_sentiment import (
    ListTaskOutcomesFiltersSentiment,
)
from ...models.task_outcome_list import TaskOutcomeList
from ...types import UNSET, Unset


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


def _parse_response(response: httpx.Response) -> TaskOutcomeList:
    if response.status_code == 200:
        response_200 = TaskOutcomeList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
