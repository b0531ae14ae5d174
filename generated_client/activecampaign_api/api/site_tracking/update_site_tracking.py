from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.site_tracking_envelope import SiteTrackingEnvelope
from ...models.site_tracking_update_request import SiteTrackingUpdateRequest
from .. import Route


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


def _parse_response(status: int, content: bytes) -> SiteTrackingEnvelope:
    if status == 200:
        return cast(SiteTrackingEnvelope, _decode(content, SiteTrackingEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateSiteTracking",
    method="PUT",
    path="/siteTracking",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
