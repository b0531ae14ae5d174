from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.segment_v2_document import SegmentV2Document
from ...types import path_segment
from .. import Route


def _get_kwargs(
    segment_id: str,
    timestamp: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segmentsV2/{segment_id}/createdDate/{timestamp}".format(
            segment_id=path_segment(segment_id, "segment_id", numeric=False),
            timestamp=path_segment(timestamp, "timestamp", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SegmentV2Document:
    if status == 200:
        return cast(SegmentV2Document, _decode(content, SegmentV2Document))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getSegmentV2Version",
    method="GET",
    path="/segmentsV2/{segmentId}/createdDate/{timestamp}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
