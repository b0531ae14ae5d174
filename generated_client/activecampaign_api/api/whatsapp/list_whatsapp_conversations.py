from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.whatsapp_conversation_page import WhatsappConversationPage
from ...types import UNSET, Unset
from .. import Route


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


def _parse_response(status: int, content: bytes) -> WhatsappConversationPage:
    if status == 200:
        return cast(WhatsappConversationPage, _decode(content, WhatsappConversationPage))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listWhatsappConversations",
    method="GET",
    path="/channel/whatsapp/inbox/conversation",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
