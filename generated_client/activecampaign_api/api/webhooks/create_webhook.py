from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.webhook_create_request import WebhookCreateRequest
from ...models.webhook_envelope import WebhookEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: WebhookCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> WebhookEnvelope:
    if status == 200:
        return cast(WebhookEnvelope, _decode(content, WebhookEnvelope))
    if status == 201:
        return cast(WebhookEnvelope, _decode(content, WebhookEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createWebhook",
    method="POST",
    path="/webhooks",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
