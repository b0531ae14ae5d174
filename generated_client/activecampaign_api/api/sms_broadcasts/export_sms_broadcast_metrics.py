from __future__ import annotations

from typing import Any

from ... import errors
from ...models.sms_broadcast_ids import SmsBroadcastIds
from .. import Route


def _get_kwargs(
    *,
    body: SmsBroadcastIds,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/broadcasts/export",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> str:
    if status == 200:
        return content.decode()
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="exportSmsBroadcastMetrics",
    method="POST",
    path="/sms/broadcasts/export",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
