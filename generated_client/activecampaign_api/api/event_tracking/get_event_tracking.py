from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.event_tracking_envelope import EventTrackingEnvelope
from .. import Route


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/eventTracking",
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> EventTrackingEnvelope:
    if status == 200:
        return cast(EventTrackingEnvelope, _decode(content, EventTrackingEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getEventTracking",
    method="GET",
    path="/eventTracking",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
