from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.segment_v2_document import SegmentV2Document
from ...types import path_segment


def _get_kwargs(
    segment_id: str,
    *,
    body: SegmentV2Document,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/segmentsV2/{segment_id}".format(
            segment_id=path_segment(segment_id, "segment_id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SegmentV2Document:
    if response.status_code == 200:
        response_200 = SegmentV2Document.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
