from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_task_create_request import DealTaskCreateRequest
from ...models.deal_task_envelope import DealTaskEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: DealTaskCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealTasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealTaskEnvelope:
    if status == 200:
        return cast(DealTaskEnvelope, _decode(content, DealTaskEnvelope))
    if status == 201:
        return cast(DealTaskEnvelope, _decode(content, DealTaskEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createTask",
    method="POST",
    path="/dealTasks",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
