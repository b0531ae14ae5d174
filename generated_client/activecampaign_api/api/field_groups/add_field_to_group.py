from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_group_member_envelope import FieldGroupMemberEnvelope
from ...models.field_group_member_request import FieldGroupMemberRequest
from .. import Route


def _get_kwargs(
    *,
    body: FieldGroupMemberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groupMembers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldGroupMemberEnvelope:
    if status == 200:
        return cast(FieldGroupMemberEnvelope, _decode(content, FieldGroupMemberEnvelope))
    if status == 201:
        return cast(FieldGroupMemberEnvelope, _decode(content, FieldGroupMemberEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="addFieldToGroup",
    method="POST",
    path="/groupMembers",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
