from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.site_tracking_envelope import SiteTrackingEnvelope
from ...models.site_tracking_update_request import SiteTrackingUpdateRequest


def _get_kwargs(
    *,
    body: SiteTrackingUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/siteTracking",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SiteTrackingEnvelope:
    if response.status_code == 200:
        response_200 = SiteTrackingEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
