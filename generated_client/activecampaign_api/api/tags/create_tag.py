from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.tag_create_request import TagCreateRequest
from ...models.tag_envelope import TagEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: TagCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tags",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> TagEnvelope:
    if status == 200:
        return cast(TagEnvelope, _decode(content, TagEnvelope))
    if status == 201:
        return cast(TagEnvelope, _decode(content, TagEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createTag",
    method="POST",
    path="/tags",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
