from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_custom_field_value_list import AccountCustomFieldValueList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_customer_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[customerAccountId]"] = filters_customer_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accountCustomFieldData",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountCustomFieldValueList:
    if status == 200:
        return cast(AccountCustomFieldValueList, _decode(content, AccountCustomFieldValueList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listAccountCustomFieldValues",
    method="GET",
    path="/accountCustomFieldData",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
