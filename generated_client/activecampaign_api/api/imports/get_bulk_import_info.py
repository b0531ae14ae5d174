from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.bulk_import_info import BulkImportInfo
from ...types import UNSET


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


def _parse_response(response: httpx.Response) -> BulkImportInfo:
    if response.status_code == 200:
        response_200 = BulkImportInfo.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
