from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.tracked_event_request import TrackedEventRequest
from ...models.tracked_event_result import TrackedEventResult
from .. import Route


def _get_kwargs(
    *,
    body: TrackedEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/event",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> TrackedEventResult:
    if status == 200:
        return cast(TrackedEventResult, _decode(content, TrackedEventResult))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="trackEvent",
    method="POST",
    path="/event",
    server="https://trackcmp.net",
    idempotent=False,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
