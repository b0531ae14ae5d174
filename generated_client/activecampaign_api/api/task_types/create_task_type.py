from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_task_type_create_request import DealTaskTypeCreateRequest
from ...models.deal_task_type_envelope import DealTaskTypeEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: DealTaskTypeCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealTasktypes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealTaskTypeEnvelope:
    if status == 200:
        return cast(DealTaskTypeEnvelope, _decode(content, DealTaskTypeEnvelope))
    if status == 201:
        return cast(DealTaskTypeEnvelope, _decode(content, DealTaskTypeEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createTaskType",
    method="POST",
    path="/dealTasktypes",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
