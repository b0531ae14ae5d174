from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.request_segment_match_all_for_conditions_instant import (
    RequestSegmentMatchAllForConditionsInstant,
)
from ...models.segment_match_run_list import SegmentMatchRunList
from ...models.segment_v2_document import SegmentV2Document
from ...types import UNSET, Unset


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


def _parse_response(response: httpx.Response) -> SegmentMatchRunList:
    if response.status_code == 200:
        response_200 = SegmentMatchRunList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
