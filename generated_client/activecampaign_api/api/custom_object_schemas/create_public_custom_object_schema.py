from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...models.custom_object_schema_write_request import CustomObjectSchemaWriteRequest
from .. import Route


def _get_kwargs(
    *,
    body: CustomObjectSchemaWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customObjects/schemas/public",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomObjectSchemaEnvelope:
    if status == 200:
        return cast(CustomObjectSchemaEnvelope, _decode(content, CustomObjectSchemaEnvelope))
    if status == 201:
        return cast(CustomObjectSchemaEnvelope, _decode(content, CustomObjectSchemaEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createPublicCustomObjectSchema",
    method="POST",
    path="/customObjects/schemas/public",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
