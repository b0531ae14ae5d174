from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.url_whitelisting_list import UrlWhitelistingList


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prism/urlWhitelistings",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UrlWhitelistingList:
    if response.status_code == 200:
        response_200 = UrlWhitelistingList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
