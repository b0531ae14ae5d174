from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_contact_create_request import AccountContactCreateRequest
from ...models.account_contact_envelope import AccountContactEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: AccountContactCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accountContacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountContactEnvelope:
    if status == 200:
        return cast(AccountContactEnvelope, _decode(content, AccountContactEnvelope))
    if status == 201:
        return cast(AccountContactEnvelope, _decode(content, AccountContactEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createAccountContact",
    method="POST",
    path="/accountContacts",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
