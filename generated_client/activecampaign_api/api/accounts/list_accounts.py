from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_list import AccountList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    count_deals: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params["count_deals"] = count_deals

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountList:
    if status == 200:
        return cast(AccountList, _decode(content, AccountList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listAccounts",
    method="GET",
    path="/accounts",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
