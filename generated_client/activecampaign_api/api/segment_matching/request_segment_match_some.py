from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.request_segment_match_some_instant import (
    RequestSegmentMatchSomeInstant,
)
from ...models.segment_match_run_list import SegmentMatchRunList
from ...models.segment_match_some_request import SegmentMatchSomeRequest
from ...types import UNSET, Unset, path_segment
from .. import Route


def _get_kwargs(
    segment_id: str,
    *,
    body: SegmentMatchSomeRequest,
    instant: RequestSegmentMatchSomeInstant | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_instant: str | Unset = UNSET
    if not isinstance(instant, Unset):
        json_instant = instant

    params["instant"] = json_instant

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/segmentMatchSome/{segment_id}".format(
            segment_id=path_segment(segment_id, "segment_id", numeric=False),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> SegmentMatchRunList:
    if status == 200:
        return cast(SegmentMatchRunList, _decode(content, SegmentMatchRunList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="requestSegmentMatchSome",
    method="POST",
    path="/segmentMatchSome/{segmentId}",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
