from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.whatsapp_flow_execution_page import WhatsappFlowExecutionPage
from ...types import UNSET, Unset


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


def _parse_response(response: httpx.Response) -> WhatsappFlowExecutionPage:
    if response.status_code == 200:
        response_200 = WhatsappFlowExecutionPage.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
