from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.segment_count_history_list import SegmentCountHistoryList
from ...types import path_segment
from .. import Route


def _get_kwargs(
    segment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segmentsV2/{segment_id}/count-history".format(
            segment_id=path_segment(segment_id, "segment_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SegmentCountHistoryList:
    if status == 200:
        return cast(SegmentCountHistoryList, _decode(content, SegmentCountHistoryList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listSegmentV2CountHistory",
    method="GET",
    path="/segmentsV2/{segmentId}/count-history",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
