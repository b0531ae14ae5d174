from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.event_tracking_event_envelope import EventTrackingEventEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: EventTrackingEventEnvelope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/eventTrackingEvents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> EventTrackingEventEnvelope:
    if status == 200:
        return cast(EventTrackingEventEnvelope, _decode(content, EventTrackingEventEnvelope))
    if status == 201:
        return cast(EventTrackingEventEnvelope, _decode(content, EventTrackingEventEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createEventTrackingEvent",
    method="POST",
    path="/eventTrackingEvents",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
