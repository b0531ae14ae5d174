from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.webhook_list import WebhookList
from ...types import UNSET, Unset
from .. import Route


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


def _parse_response(status: int, content: bytes) -> WebhookList:
    if status == 200:
        return cast(WebhookList, _decode(content, WebhookList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listWebhooks",
    method="GET",
    path="/webhooks",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
