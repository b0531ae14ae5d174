from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.campaign_aggregate_revenue_list import CampaignAggregateRevenueList
from ...types import UNSET, Unset, path_segment


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{id}/aggregateRevenues".format(
            id=path_segment(id, "id", numeric=True),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CampaignAggregateRevenueList:
    if response.status_code == 200:
        response_200 = CampaignAggregateRevenueList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
