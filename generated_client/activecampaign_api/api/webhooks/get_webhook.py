from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.webhook_envelope import WebhookEnvelope
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> WebhookEnvelope:
    if status == 200:
        return cast(WebhookEnvelope, _decode(content, WebhookEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getWebhook",
    method="GET",
    path="/webhooks/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
