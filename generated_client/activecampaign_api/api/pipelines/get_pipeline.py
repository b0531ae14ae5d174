from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.pipeline_envelope import PipelineEnvelope
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealGroups/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> PipelineEnvelope:
    if status == 200:
        return cast(PipelineEnvelope, _decode(content, PipelineEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getPipeline",
    method="GET",
    path="/dealGroups/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
