from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_activity_list import DealActivityList
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    deal: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    filters_data_type: str | Unset = UNSET,
    filters_data_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["deal"] = deal

    params["exclude"] = exclude

    params["filters[data_type]"] = filters_data_type

    params["filters[data_id]"] = filters_data_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealActivities",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DealActivityList:
    if response.status_code == 200:
        response_200 = DealActivityList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
