from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.whatsapp_conversation import WhatsappConversation
from ...models.whatsapp_conversation_fields import WhatsappConversationFields
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: WhatsappConversationFields,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/channel/whatsapp/inbox/conversation/{id}/update".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> WhatsappConversation:
    if status == 200:
        return cast(WhatsappConversation, _decode(content, WhatsappConversation))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateWhatsappConversation",
    method="PATCH",
    path="/channel/whatsapp/inbox/conversation/{id}/update",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
