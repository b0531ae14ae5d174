from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_group_create_request import FieldGroupCreateRequest
from ...models.field_group_envelope import FieldGroupEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: FieldGroupCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groupDefinitions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldGroupEnvelope:
    if status == 200:
        return cast(FieldGroupEnvelope, _decode(content, FieldGroupEnvelope))
    if status == 201:
        return cast(FieldGroupEnvelope, _decode(content, FieldGroupEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createFieldGroup",
    method="POST",
    path="/groupDefinitions",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
