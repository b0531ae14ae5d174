from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.calendar_feed_create_request import CalendarFeedCreateRequest
from ...models.calendar_feed_envelope import CalendarFeedEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: CalendarFeedCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calendars",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> CalendarFeedEnvelope:
    if status == 200:
        return cast(CalendarFeedEnvelope, _decode(content, CalendarFeedEnvelope))
    if status == 201:
        return cast(CalendarFeedEnvelope, _decode(content, CalendarFeedEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createCalendarFeed",
    method="POST",
    path="/calendars",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
