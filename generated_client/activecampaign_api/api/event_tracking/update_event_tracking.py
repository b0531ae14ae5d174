from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.event_tracking_envelope import EventTrackingEnvelope
from ...models.event_tracking_update_request import EventTrackingUpdateRequest
from .. import Route


def _get_kwargs(
    *,
    body: EventTrackingUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/eventTracking",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> EventTrackingEnvelope:
    if status == 200:
        return cast(EventTrackingEnvelope, _decode(content, EventTrackingEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateEventTracking",
    method="PUT",
    path="/eventTracking",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
