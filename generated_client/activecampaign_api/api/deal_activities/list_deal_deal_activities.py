from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_activity_list import DealActivityList
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
        "url": "/deals/{id}/dealActivities".format(
            id=path_segment(id, "id", numeric=True),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DealActivityList:
    if response.status_code == 200:
        response_200 = DealActivityList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
