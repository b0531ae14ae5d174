from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.segment_match_run_list import SegmentMatchRunList
from ...types import UNSET, Unset, path_segment


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
        "url": "/segmentMatchAll/{segment_id}/{run_id}".format(
            segment_id=path_segment(segment_id, "segment_id", numeric=False),
            run_id=path_segment(run_id, "run_id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SegmentMatchRunList:
    if response.status_code == 200:
        response_200 = SegmentMatchRunList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
