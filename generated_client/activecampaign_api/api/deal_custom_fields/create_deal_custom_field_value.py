from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_custom_field_value_create_request import DealCustomFieldValueCreateRequest
from ...models.deal_custom_field_value_envelope import DealCustomFieldValueEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: DealCustomFieldValueCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealCustomFieldData",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealCustomFieldValueEnvelope:
    if status == 200:
        return cast(DealCustomFieldValueEnvelope, _decode(content, DealCustomFieldValueEnvelope))
    if status == 201:
        return cast(DealCustomFieldValueEnvelope, _decode(content, DealCustomFieldValueEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createDealCustomFieldValue",
    method="POST",
    path="/dealCustomFieldData",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
