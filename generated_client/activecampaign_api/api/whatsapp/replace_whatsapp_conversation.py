from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.whatsapp_conversation import WhatsappConversation
from ...models.whatsapp_conversation_replace_request import WhatsappConversationReplaceRequest
from ...types import path_segment


def _get_kwargs(
    id: str,
    *,
    body: WhatsappConversationReplaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/channel/whatsapp/inbox/conversation/{id}/update".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WhatsappConversation:
    if response.status_code == 200:
        response_200 = WhatsappConversation.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
