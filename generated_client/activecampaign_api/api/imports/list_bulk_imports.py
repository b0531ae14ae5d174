from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.bulk_import_status_list import BulkImportStatusList
from .. import Route


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/import/bulk_import",
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> BulkImportStatusList:
    if status == 200:
        return cast(BulkImportStatusList, _decode(content, BulkImportStatusList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listBulkImports",
    method="GET",
    path="/import/bulk_import",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
