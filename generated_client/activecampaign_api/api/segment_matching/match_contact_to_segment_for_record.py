from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.segment_match_one_list import SegmentMatchOneList
from ...types import path_segment


def _get_kwargs(
    segment_id: str,
    contact_id: str,
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segmentMatch/{segment_id}/{contact_id}/{external_id}".format(
            segment_id=path_segment(segment_id, "segment_id", numeric=False),
            contact_id=path_segment(contact_id, "contact_id", numeric=False),
            external_id=path_segment(external_id, "external_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SegmentMatchOneList:
    if response.status_code == 200:
        response_200 = SegmentMatchOneList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
