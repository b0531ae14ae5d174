from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_contact_list import AccountContactList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_contact: str | Unset = UNSET,
    filters_account: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[contact]"] = filters_contact

    params["filters[account]"] = filters_account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accountContacts",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountContactList:
    if status == 200:
        return cast(AccountContactList, _decode(content, AccountContactList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listAccountContacts",
    method="GET",
    path="/accountContacts",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
