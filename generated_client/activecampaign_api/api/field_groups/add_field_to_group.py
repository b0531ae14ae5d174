from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.field_group_member_envelope import FieldGroupMemberEnvelope
from ...models.field_group_member_request import FieldGroupMemberRequest


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


def _parse_response(response: httpx.Response) -> FieldGroupMemberEnvelope:
    if response.status_code == 200:
        response_200 = FieldGroupMemberEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = FieldGroupMemberEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
