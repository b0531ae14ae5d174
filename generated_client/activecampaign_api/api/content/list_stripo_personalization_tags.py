from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.personalization_tag_category import PersonalizationTagCategory
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    scope: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope"] = scope

    params["campaignId"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stripo/personalizationTags",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[PersonalizationTagCategory]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = msgspec.json.decode(response.content)
        for response_200_item_data in _response_200:
            response_200_item = PersonalizationTagCategory.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
