from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.audience_list import AudienceList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audiences",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> AudienceList:
    if status == 200:
        return cast(AudienceList, _decode(content, AudienceList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listAudiences",
    method="GET",
    path="/audiences",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
