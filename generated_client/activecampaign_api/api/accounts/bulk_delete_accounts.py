from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_bulk_delete_result import AccountBulkDeleteResult
from ...types import UNSET
from .. import Route


def _get_kwargs(
    *,
    ids: list[int],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids = ids

    params["ids[]"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/bulk_delete",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountBulkDeleteResult:
    if status == 200:
        return cast(AccountBulkDeleteResult, _decode(content, AccountBulkDeleteResult))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="bulkDeleteAccounts",
    method="DELETE",
    path="/accounts/bulk_delete",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
