from __future__ import annotations

import datetime
from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.sms_snapshot_envelope import SmsSnapshotEnvelope
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/broadcasts/metrics/snapshot",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SmsSnapshotEnvelope:
    if status == 200:
        return cast(SmsSnapshotEnvelope, _decode(content, SmsSnapshotEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getSmsBroadcastSnapshot",
    method="GET",
    path="/sms/broadcasts/metrics/snapshot",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
