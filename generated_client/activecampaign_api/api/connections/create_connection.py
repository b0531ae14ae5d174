from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.connection_create_request import ConnectionCreateRequest
from ...models.connection_envelope import ConnectionEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: ConnectionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> ConnectionEnvelope:
    if status == 200:
        return cast(ConnectionEnvelope, _decode(content, ConnectionEnvelope))
    if status == 201:
        return cast(ConnectionEnvelope, _decode(content, ConnectionEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createConnection",
    method="POST",
    path="/connections",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
