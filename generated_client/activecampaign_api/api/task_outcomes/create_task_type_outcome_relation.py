from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.task_outcome_create_request import TaskOutcomeCreateRequest
from ...models.task_outcome_envelope import TaskOutcomeEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: TaskOutcomeCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasktypeOutcomeRels",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> TaskOutcomeEnvelope:
    if status == 200:
        return cast(TaskOutcomeEnvelope, _decode(content, TaskOutcomeEnvelope))
    if status == 201:
        return cast(TaskOutcomeEnvelope, _decode(content, TaskOutcomeEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createTaskTypeOutcomeRelation",
    method="POST",
    path="/tasktypeOutcomeRels",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
