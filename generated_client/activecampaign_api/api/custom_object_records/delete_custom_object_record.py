from typing import Any, cast

import httpx

from ... import errors
from ...types import path_segment


def _get_kwargs(
    schema_id: str,
    record_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customObjects/records/{schema_id}/{record_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
            record_id=path_segment(record_id, "record_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)
