from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.campaign_create_request import CampaignCreateRequest
from ...models.campaign_settings import CampaignSettings


def _get_kwargs(
    *,
    body: CampaignCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CampaignSettings:
    if response.status_code == 200:
        response_200 = CampaignSettings.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = CampaignSettings.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
