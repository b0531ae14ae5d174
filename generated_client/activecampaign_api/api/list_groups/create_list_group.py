from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.list_group_create_request import ListGroupCreateRequest
from ...models.list_group_envelope import ListGroupEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: ListGroupCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/listGroups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> ListGroupEnvelope:
    if status == 200:
        return cast(ListGroupEnvelope, _decode(content, ListGroupEnvelope))
    if status == 201:
        return cast(ListGroupEnvelope, _decode(content, ListGroupEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createListGroup",
    method="POST",
    path="/listGroups",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
