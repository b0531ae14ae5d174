from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.bulk_import_queued import BulkImportQueued
from ...models.bulk_import_request import BulkImportRequest
from .. import Route


def _get_kwargs(
    *,
    body: BulkImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/import/bulk_import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> BulkImportQueued:
    if status == 200:
        return cast(BulkImportQueued, _decode(content, BulkImportQueued))
    if status == 201:
        return cast(BulkImportQueued, _decode(content, BulkImportQueued))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="bulkImportContacts",
    method="POST",
    path="/import/bulk_import",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
