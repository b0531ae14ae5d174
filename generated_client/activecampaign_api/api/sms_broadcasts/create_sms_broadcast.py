from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.sms_broadcast import SmsBroadcast
from ...models.sms_broadcast_create_request import SmsBroadcastCreateRequest
from .. import Route


def _get_kwargs(
    *,
    body: SmsBroadcastCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/broadcasts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> SmsBroadcast:
    if status == 201:
        return cast(SmsBroadcast, _decode(content, SmsBroadcast))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createSmsBroadcast",
    method="POST",
    path="/sms/broadcasts",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(201,),
    parse=_parse_response,
)
