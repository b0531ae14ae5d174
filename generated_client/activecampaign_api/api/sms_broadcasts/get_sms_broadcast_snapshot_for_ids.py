from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.sms_broadcast_ids import SmsBroadcastIds
from ...models.sms_snapshot_envelope import SmsSnapshotEnvelope
from .. import Route


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


def _parse_response(status: int, content: bytes) -> SmsSnapshotEnvelope:
    if status == 200:
        return cast(SmsSnapshotEnvelope, _decode(content, SmsSnapshotEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getSmsBroadcastSnapshotForIds",
    method="POST",
    path="/sms/broadcasts/metrics/snapshot",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
