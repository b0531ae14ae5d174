from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_custom_field_create_request import DealCustomFieldCreateRequest
from ...models.deal_custom_field_envelope import DealCustomFieldEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: DealCustomFieldCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealCustomFieldMeta",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealCustomFieldEnvelope:
    if status == 200:
        return cast(DealCustomFieldEnvelope, _decode(content, DealCustomFieldEnvelope))
    if status == 201:
        return cast(DealCustomFieldEnvelope, _decode(content, DealCustomFieldEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createDealCustomField",
    method="POST",
    path="/dealCustomFieldMeta",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
