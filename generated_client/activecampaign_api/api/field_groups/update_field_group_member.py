from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_group_member_envelope import FieldGroupMemberEnvelope
from ...models.field_group_member_request import FieldGroupMemberRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: FieldGroupMemberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/groupMembers/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldGroupMemberEnvelope:
    if status == 200:
        return cast(FieldGroupMemberEnvelope, _decode(content, FieldGroupMemberEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateFieldGroupMember",
    method="PUT",
    path="/groupMembers/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
