from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_create_request import FieldCreateRequest
from ...models.field_envelope import FieldEnvelope
from ...models.field_list import FieldList
from .. import Route


def _get_kwargs(
    *,
    body: FieldCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fields",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldEnvelope | FieldList:
    if status == 200:
        return cast(FieldEnvelope | FieldList, _decode(content, FieldEnvelope | FieldList))
    if status == 201:
        return cast(FieldEnvelope | FieldList, _decode(content, FieldEnvelope | FieldList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createField",
    method="POST",
    path="/fields",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
