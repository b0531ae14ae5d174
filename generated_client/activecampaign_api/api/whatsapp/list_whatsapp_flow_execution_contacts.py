from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.whatsapp_flow_execution_contact_page import WhatsappFlowExecutionContactPage
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    flow_execution: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["contact"] = contact

    params["flow"] = flow

    params["flow_execution"] = flow_execution

    params["is_active"] = is_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel/whatsapp/flow-execution-contact",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> WhatsappFlowExecutionContactPage:
    if status == 200:
        return cast(WhatsappFlowExecutionContactPage, _decode(content, WhatsappFlowExecutionContactPage))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listWhatsappFlowExecutionContacts",
    method="GET",
    path="/channel/whatsapp/flow-execution-contact",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
