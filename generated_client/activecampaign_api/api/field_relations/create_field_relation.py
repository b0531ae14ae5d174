from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_rel_create_request import FieldRelCreateRequest
from ...models.field_rel_envelope import FieldRelEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: FieldRelCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fieldRels",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldRelEnvelope:
    if status == 200:
        return cast(FieldRelEnvelope, _decode(content, FieldRelEnvelope))
    if status == 201:
        return cast(FieldRelEnvelope, _decode(content, FieldRelEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createFieldRelation",
    method="POST",
    path="/fieldRels",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
