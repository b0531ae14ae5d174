from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors


def _get_kwargs(
    schema_id: str,
    record_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customObjects/records/{schema_id}/{record_id}".format(
            schema_id=quote(str(schema_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)
