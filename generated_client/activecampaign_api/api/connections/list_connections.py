from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.connection_list import ConnectionList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_service: str | Unset = UNSET,
    filters_externalid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[service]"] = filters_service

    params["filters[externalid]"] = filters_externalid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> ConnectionList:
    if status == 200:
        return cast(ConnectionList, _decode(content, ConnectionList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listConnections",
    method="GET",
    path="/connections",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
