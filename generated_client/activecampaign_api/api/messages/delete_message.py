from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.empty_object import EmptyObject
from ...types import path_segment


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/messages/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> EmptyObject:
    if response.status_code == 200:
        response_200 = EmptyObject.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
