from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.segment_count_history_list import SegmentCountHistoryList
from ...types import UNSET
from .. import Route


def _get_kwargs(
    *,
    segment_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["segmentIds"] = segment_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segmentsV2/count-history",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SegmentCountHistoryList:
    if status == 200:
        return cast(SegmentCountHistoryList, _decode(content, SegmentCountHistoryList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listSegmentV2RecentCounts",
    method="GET",
    path="/segmentsV2/count-history",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
