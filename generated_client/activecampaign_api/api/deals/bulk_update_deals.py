from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_bulk_update_request import DealBulkUpdateRequest
from ...models.deal_bulk_update_result import DealBulkUpdateResult


def _get_kwargs(
    *,
    body: DealBulkUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/deals/bulkUpdate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealBulkUpdateResult:
    if response.status_code == 200:
        response_200 = DealBulkUpdateResult.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
