from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.local_event_create_request import LocalEventCreateRequest
from .. import Route


def _get_kwargs(
    *,
    body: LocalEventCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/localevent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> dict[str, Any]:
    if status == 200:
        return cast(dict[str, Any], _decode(content, dict[str, Any]))
    if status == 201:
        return cast(dict[str, Any], _decode(content, dict[str, Any]))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createLocalEvent",
    method="POST",
    path="/localevent",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
