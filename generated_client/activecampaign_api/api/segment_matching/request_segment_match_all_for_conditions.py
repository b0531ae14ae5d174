from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.request_segment_match_all_for_conditions_instant import (
    RequestSegmentMatchAllForConditionsInstant,
)
from ...models.segment_match_run_list import SegmentMatchRunList
from ...models.segment_v2_document import SegmentV2Document
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    body: SegmentV2Document,
    instant: RequestSegmentMatchAllForConditionsInstant | Unset = UNSET,
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
        "url": "/segmentMatchAll",
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
    operation_id="requestSegmentMatchAllForConditions",
    method="POST",
    path="/segmentMatchAll",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
