from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.site_tracking_envelope import SiteTrackingEnvelope
from .. import Route


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/siteTracking",
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SiteTrackingEnvelope:
    if status == 200:
        return cast(SiteTrackingEnvelope, _decode(content, SiteTrackingEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getSiteTracking",
    method="GET",
    path="/siteTracking",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
