from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.conversion_trigger_list import ConversionTriggerList
from ...types import UNSET, Unset


def _get_kwargs(
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
        "url": "/conversionTriggers",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ConversionTriggerList:
    if response.status_code == 200:
        response_200 = ConversionTriggerList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
