from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_role_create_request import DealRoleCreateRequest
from ...models.deal_role_envelope import DealRoleEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: DealRoleCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealRoles",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealRoleEnvelope:
    if status == 200:
        return cast(DealRoleEnvelope, _decode(content, DealRoleEnvelope))
    if status == 201:
        return cast(DealRoleEnvelope, _decode(content, DealRoleEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createDealRole",
    method="POST",
    path="/dealRoles",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
