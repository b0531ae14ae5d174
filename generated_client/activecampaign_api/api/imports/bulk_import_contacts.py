from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.bulk_import_queued import BulkImportQueued
from ...models.bulk_import_request import BulkImportRequest


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


def _parse_response(response: httpx.Response) -> BulkImportQueued:
    if response.status_code == 200:
        response_200 = BulkImportQueued.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = BulkImportQueued.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
