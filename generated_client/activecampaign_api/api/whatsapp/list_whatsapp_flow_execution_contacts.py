from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.whatsapp_flow_execution_contact_page import WhatsappFlowExecutionContactPage
from ...types import UNSET, Unset


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


def _parse_response(response: httpx.Response) -> WhatsappFlowExecutionContactPage:
    if response.status_code == 200:
        response_200 = WhatsappFlowExecutionContactPage.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
