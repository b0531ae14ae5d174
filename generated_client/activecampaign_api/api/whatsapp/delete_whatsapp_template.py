from typing import Any, cast

import httpx

from ... import errors
from ...types import path_segment


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/channel/whatsapp/channels/whatsapp/template/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    raise errors.UnexpectedStatus(response.status_code, response.content)
