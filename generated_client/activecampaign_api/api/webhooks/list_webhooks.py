from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.webhook_list import WebhookList
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_url: str | Unset = UNSET,
    filters_listid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[name]"] = filters_name

    params["filters[url]"] = filters_url

    params["filters[listid]"] = filters_listid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> WebhookList:
    if response.status_code == 200:
        response_200 = WebhookList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
