from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_custom_field_value_create_request import AccountCustomFieldValueCreateRequest
from ...models.account_custom_field_value_envelope import AccountCustomFieldValueEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: AccountCustomFieldValueCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accountCustomFieldData",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountCustomFieldValueEnvelope:
    if status == 200:
        return cast(AccountCustomFieldValueEnvelope, _decode(content, AccountCustomFieldValueEnvelope))
    if status == 201:
        return cast(AccountCustomFieldValueEnvelope, _decode(content, AccountCustomFieldValueEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createAccountCustomFieldValue",
    method="POST",
    path="/accountCustomFieldData",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
