from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.message_create_request import MessageCreateRequest
from ...models.message_envelope import MessageEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: MessageCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> MessageEnvelope:
    if status == 200:
        return cast(MessageEnvelope, _decode(content, MessageEnvelope))
    if status == 201:
        return cast(MessageEnvelope, _decode(content, MessageEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createMessage",
    method="POST",
    path="/messages",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
