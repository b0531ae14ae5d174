from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.whatsapp_template_page import WhatsappTemplatePage
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    category: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["category"] = category

    params["status"] = status

    params["channel"] = channel

    params["ordering"] = ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel/whatsapp/channels/whatsapp/template",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> WhatsappTemplatePage:
    if status == 200:
        return cast(WhatsappTemplatePage, _decode(content, WhatsappTemplatePage))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listWhatsappTemplates",
    method="GET",
    path="/channel/whatsapp/channels/whatsapp/template",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
