from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.audience_list import AudienceList
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audiences",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AudienceList:
    if response.status_code == 200:
        response_200 = AudienceList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
