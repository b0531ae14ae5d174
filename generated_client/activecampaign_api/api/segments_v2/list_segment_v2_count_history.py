from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.segment_count_history_list import SegmentCountHistoryList
from ...types import path_segment


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


def _parse_response(response: httpx.Response) -> SegmentCountHistoryList:
    if response.status_code == 200:
        response_200 = SegmentCountHistoryList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
