from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.user_create_request import UserCreateRequest
from ...models.user_envelope import UserEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: UserCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> UserEnvelope:
    if status == 200:
        return cast(UserEnvelope, _decode(content, UserEnvelope))
    if status == 201:
        return cast(UserEnvelope, _decode(content, UserEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createUser",
    method="POST",
    path="/users",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
