from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.account_bulk_delete_result import AccountBulkDeleteResult
from ...types import UNSET


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


def _parse_response(response: httpx.Response) -> AccountBulkDeleteResult:
    if response.status_code == 200:
        response_200 = AccountBulkDeleteResult.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
