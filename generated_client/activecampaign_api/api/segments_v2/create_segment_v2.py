from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.segment_v2_document import SegmentV2Document
from .. import Route


def _get_kwargs(
    *,
    body: SegmentV2Document,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/segmentsV2",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> SegmentV2Document:
    if status == 200:
        return cast(SegmentV2Document, _decode(content, SegmentV2Document))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createSegmentV2",
    method="POST",
    path="/segmentsV2",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
