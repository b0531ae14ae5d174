from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.sms_broadcast_ids import SmsBroadcastIds
from ...models.sms_snapshot_envelope import SmsSnapshotEnvelope


def _get_kwargs(
    *,
    body: SmsBroadcastIds,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/broadcasts/metrics/snapshot",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SmsSnapshotEnvelope:
    if response.status_code == 200:
        response_200 = SmsSnapshotEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
