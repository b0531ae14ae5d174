from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.audience_list import AudienceList
from ...types import path_segment
from .. import Route


def _get_kwargs(
    segment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audiences/{segment_id}".format(
            segment_id=path_segment(segment_id, "segment_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> AudienceList:
    if status == 200:
        return cast(AudienceList, _decode(content, AudienceList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getAudience",
    method="GET",
    path="/audiences/{segmentId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
