from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.whatsapp_conversation_page import WhatsappConversationPage
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["contact"] = contact

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel/whatsapp/inbox/conversation",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> WhatsappConversationPage:
    if response.status_code == 200:
        response_200 = WhatsappConversationPage.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
