from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.saved_response_create_request import SavedResponseCreateRequest
from ...models.saved_response_envelope import SavedResponseEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: SavedResponseCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/savedResponses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> SavedResponseEnvelope:
    if status == 200:
        return cast(SavedResponseEnvelope, _decode(content, SavedResponseEnvelope))
    if status == 201:
        return cast(SavedResponseEnvelope, _decode(content, SavedResponseEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createSavedResponse",
    method="POST",
    path="/savedResponses",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
