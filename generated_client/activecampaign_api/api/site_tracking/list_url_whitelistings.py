from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.url_whitelisting_list import UrlWhitelistingList
from .. import Route


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prism/urlWhitelistings",
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> UrlWhitelistingList:
    if status == 200:
        return cast(UrlWhitelistingList, _decode(content, UrlWhitelistingList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listUrlWhitelistings",
    method="GET",
    path="/prism/urlWhitelistings",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
