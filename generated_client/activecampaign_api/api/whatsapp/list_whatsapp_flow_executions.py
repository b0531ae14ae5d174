from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.whatsapp_flow_execution_page import WhatsappFlowExecutionPage
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    flow_version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["search"] = search

    params["flow"] = flow

    params["flow_version"] = flow_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel/whatsapp/flow-execution",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> WhatsappFlowExecutionPage:
    if status == 200:
        return cast(WhatsappFlowExecutionPage, _decode(content, WhatsappFlowExecutionPage))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listWhatsappFlowExecutions",
    method="GET",
    path="/channel/whatsapp/flow-execution",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
