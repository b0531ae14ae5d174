from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.segment_match_one_list import SegmentMatchOneList
from ...types import path_segment
from .. import Route


def _get_kwargs(
    segment_id: str,
    contact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segmentMatch/{segment_id}/{contact_id}".format(
            segment_id=path_segment(segment_id, "segment_id", numeric=False),
            contact_id=path_segment(contact_id, "contact_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SegmentMatchOneList:
    if status == 200:
        return cast(SegmentMatchOneList, _decode(content, SegmentMatchOneList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="matchContactToSegment",
    method="GET",
    path="/segmentMatch/{segmentId}/{contactId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
