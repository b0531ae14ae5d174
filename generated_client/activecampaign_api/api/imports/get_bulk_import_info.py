from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.bulk_import_info import BulkImportInfo
from ...types import UNSET
from .. import Route


def _get_kwargs(
    *,
    batch_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["batchId"] = batch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/import/info",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> BulkImportInfo:
    if status == 200:
        return cast(BulkImportInfo, _decode(content, BulkImportInfo))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getBulkImportInfo",
    method="GET",
    path="/import/info",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
