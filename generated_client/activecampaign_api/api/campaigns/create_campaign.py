from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.campaign_create_request import CampaignCreateRequest
from ...models.campaign_settings import CampaignSettings
from .. import Route


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


def _parse_response(status: int, content: bytes) -> CampaignSettings:
    if status == 200:
        return cast(CampaignSettings, _decode(content, CampaignSettings))
    if status == 201:
        return cast(CampaignSettings, _decode(content, CampaignSettings))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createCampaign",
    method="POST",
    path="/campaign",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
