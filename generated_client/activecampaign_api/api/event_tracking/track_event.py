from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.tracked_event_request import TrackedEventRequest
from ...models.tracked_event_result import TrackedEventResult


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


def _parse_response(response: httpx.Response) -> TrackedEventResult:
    if response.status_code == 200:
        response_200 = TrackedEventResult.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
