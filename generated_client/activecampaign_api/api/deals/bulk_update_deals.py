from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_bulk_update_request import DealBulkUpdateRequest
from ...models.deal_bulk_update_result import DealBulkUpdateResult
from .. import Route


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


def _parse_response(status: int, content: bytes) -> DealBulkUpdateResult:
    if status == 200:
        return cast(DealBulkUpdateResult, _decode(content, DealBulkUpdateResult))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="bulkUpdateDeals",
    method="PATCH",
    path="/deals/bulkUpdate",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
