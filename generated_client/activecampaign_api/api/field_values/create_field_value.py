from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_field_value_request import CustomFieldValueRequest
from ...models.custom_field_value_saved_envelope import CustomFieldValueSavedEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: CustomFieldValueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fieldValues",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomFieldValueSavedEnvelope:
    if status == 200:
        return cast(CustomFieldValueSavedEnvelope, _decode(content, CustomFieldValueSavedEnvelope))
    if status == 201:
        return cast(CustomFieldValueSavedEnvelope, _decode(content, CustomFieldValueSavedEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createFieldValue",
    method="POST",
    path="/fieldValues",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
