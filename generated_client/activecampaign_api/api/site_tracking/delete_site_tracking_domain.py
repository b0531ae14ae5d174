from typing import Any, cast

import httpx
import msgspec.json

from ... import errors
from ...models.empty_object import EmptyObject
from ...types import path_segment


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/siteTrackingDomains/{name}".format(
            name=path_segment(name, "name", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any | EmptyObject:
    if response.status_code == 200:
        response_200 = EmptyObject.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    raise errors.UnexpectedStatus(response.status_code, response.content)
