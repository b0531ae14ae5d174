from __future__ import annotations

from typing import Any

from ... import errors
from .. import Route


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/siteTracking/code",
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> str:
    if status == 200:
        return content.decode()
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getSiteTrackingCode",
    method="GET",
    path="/siteTracking/code",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
