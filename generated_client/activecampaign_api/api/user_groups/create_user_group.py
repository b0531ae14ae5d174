from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.user_group_create_request import UserGroupCreateRequest
from ...models.user_group_envelope import UserGroupEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: UserGroupCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> UserGroupEnvelope:
    if status == 200:
        return cast(UserGroupEnvelope, _decode(content, UserGroupEnvelope))
    if status == 201:
        return cast(UserGroupEnvelope, _decode(content, UserGroupEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createUserGroup",
    method="POST",
    path="/groups",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
