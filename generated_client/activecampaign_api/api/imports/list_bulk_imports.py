from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.bulk_import_status_list import BulkImportStatusList


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/import/bulk_import",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BulkImportStatusList:
    if response.status_code == 200:
        response_200 = BulkImportStatusList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
