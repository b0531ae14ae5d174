from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.site_tracking_domain_envelope import SiteTrackingDomainEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: SiteTrackingDomainEnvelope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/siteTrackingDomains",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> SiteTrackingDomainEnvelope:
    if status == 200:
        return cast(SiteTrackingDomainEnvelope, _decode(content, SiteTrackingDomainEnvelope))
    if status == 201:
        return cast(SiteTrackingDomainEnvelope, _decode(content, SiteTrackingDomainEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createSiteTrackingDomain",
    method="POST",
    path="/siteTrackingDomains",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
