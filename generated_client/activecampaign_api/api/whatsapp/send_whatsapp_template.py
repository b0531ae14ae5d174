from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.whatsapp_template_send_request import WhatsappTemplateSendRequest
from ...models.whatsapp_template_sent import WhatsappTemplateSent
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: WhatsappTemplateSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel/whatsapp/channels/whatsapp/template/{id}/send".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> WhatsappTemplateSent:
    if status == 201:
        return cast(WhatsappTemplateSent, _decode(content, WhatsappTemplateSent))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="sendWhatsappTemplate",
    method="POST",
    path="/channel/whatsapp/channels/whatsapp/template/{id}/send",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(201,),
    parse=_parse_response,
)
