from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.pipeline_create_request import PipelineCreateRequest
from ...models.pipeline_envelope import PipelineEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: PipelineCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealGroups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> PipelineEnvelope:
    if status == 200:
        return cast(PipelineEnvelope, _decode(content, PipelineEnvelope))
    if status == 201:
        return cast(PipelineEnvelope, _decode(content, PipelineEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createPipeline",
    method="POST",
    path="/dealGroups",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
