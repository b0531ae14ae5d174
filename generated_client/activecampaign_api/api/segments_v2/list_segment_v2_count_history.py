from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.segment_count_history_list import SegmentCountHistoryList


def _get_kwargs(
    segment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segmentsV2/{segment_id}/count-history".format(
            segment_id=quote(str(segment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SegmentCountHistoryList:
    if response.status_code == 200:
        response_200 = SegmentCountHistoryList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
