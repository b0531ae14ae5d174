from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.sms_broadcast import SmsBroadcast
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/broadcasts/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SmsBroadcast:
    if status == 200:
        return cast(SmsBroadcast, _decode(content, SmsBroadcast))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getSmsBroadcast",
    method="GET",
    path="/sms/broadcasts/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
