from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.segment_match_run_list import SegmentMatchRunList
from ...types import UNSET, Unset, path_segment
from .. import Route


def _get_kwargs(
    segment_id: str,
    run_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segmentMatchSome/{segment_id}/{run_id}".format(
            segment_id=path_segment(segment_id, "segment_id", numeric=False),
            run_id=path_segment(run_id, "run_id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SegmentMatchRunList:
    if status == 200:
        return cast(SegmentMatchRunList, _decode(content, SegmentMatchRunList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getSegmentMatchSomeResult",
    method="GET",
    path="/segmentMatchSome/{segmentId}/{runId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
