from __future__ import annotations

import datetime
from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.sms_broadcast_failure_list import SmsBroadcastFailureList
from ...types import UNSET, Unset, path_segment
from .. import Route


def _get_kwargs(
    id: int,
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
        "url": "/sms/broadcasts/metrics/{id}/failures".format(
            id=path_segment(id, "id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SmsBroadcastFailureList:
    if status == 200:
        return cast(SmsBroadcastFailureList, _decode(content, SmsBroadcastFailureList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listSmsBroadcastFailures",
    method="GET",
    path="/sms/broadcasts/metrics/{id}/failures",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
