from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.sms_ai_request_status import SmsAiRequestStatus
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/broadcasts/ai/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SmsAiRequestStatus:
    if status == 200:
        return cast(SmsAiRequestStatus, _decode(content, SmsAiRequestStatus))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getSmsBroadcastAiRequest",
    method="GET",
    path="/sms/broadcasts/ai/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
