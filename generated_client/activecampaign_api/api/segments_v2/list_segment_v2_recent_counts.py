from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.segment_count_history_list import SegmentCountHistoryList
from ...types import UNSET


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


def _parse_response(response: httpx.Response) -> SegmentCountHistoryList:
    if response.status_code == 200:
        response_200 = SegmentCountHistoryList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
