from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.webhook_event_list import WebhookEventList
from .. import Route


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhook/events",
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> WebhookEventList:
    if status == 200:
        return cast(WebhookEventList, _decode(content, WebhookEventList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listWebhookEvents",
    method="GET",
    path="/webhook/events",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
