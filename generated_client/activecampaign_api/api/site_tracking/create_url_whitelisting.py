from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.url_whitelisting_create_request import UrlWhitelistingCreateRequest
from ...models.url_whitelisting_envelope import UrlWhitelistingEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: UrlWhitelistingCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/prism/urlWhitelistings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> UrlWhitelistingEnvelope:
    if status == 200:
        return cast(UrlWhitelistingEnvelope, _decode(content, UrlWhitelistingEnvelope))
    if status == 201:
        return cast(UrlWhitelistingEnvelope, _decode(content, UrlWhitelistingEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createUrlWhitelisting",
    method="POST",
    path="/prism/urlWhitelistings",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
