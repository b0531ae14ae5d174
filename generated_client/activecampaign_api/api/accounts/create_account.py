from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_create_request import AccountCreateRequest
from ...models.account_envelope import AccountEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: AccountCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountEnvelope:
    if status == 200:
        return cast(AccountEnvelope, _decode(content, AccountEnvelope))
    if status == 201:
        return cast(AccountEnvelope, _decode(content, AccountEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createAccount",
    method="POST",
    path="/accounts",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
