from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_task_type_envelope import DealTaskTypeEnvelope
from ...models.deal_task_type_update_request import DealTaskTypeUpdateRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: DealTaskTypeUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealTasktypes/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealTaskTypeEnvelope:
    if status == 200:
        return cast(DealTaskTypeEnvelope, _decode(content, DealTaskTypeEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateTaskType",
    method="PUT",
    path="/dealTasktypes/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
