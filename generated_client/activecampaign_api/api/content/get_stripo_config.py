from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.stripo_config import StripoConfig
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    campaign_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaignId"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stripo/config",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> StripoConfig:
    if response.status_code == 200:
        response_200 = StripoConfig.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
