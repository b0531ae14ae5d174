from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_custom_field_create_request import AccountCustomFieldCreateRequest
from ...models.account_custom_field_envelope import AccountCustomFieldEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: AccountCustomFieldCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accountCustomFieldMeta",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountCustomFieldEnvelope:
    if status == 200:
        return cast(AccountCustomFieldEnvelope, _decode(content, AccountCustomFieldEnvelope))
    if status == 201:
        return cast(AccountCustomFieldEnvelope, _decode(content, AccountCustomFieldEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createAccountCustomField",
    method="POST",
    path="/accountCustomFieldMeta",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
