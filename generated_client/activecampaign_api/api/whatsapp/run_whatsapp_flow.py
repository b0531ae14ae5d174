from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.whatsapp_flow_execution import WhatsappFlowExecution
from ...models.whatsapp_flow_run_request import WhatsappFlowRunRequest


def _get_kwargs(
    id: str,
    *,
    body: WhatsappFlowRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel/whatsapp/flow/{id}/run".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WhatsappFlowExecution:
    if response.status_code == 201:
        response_201 = WhatsappFlowExecution.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
