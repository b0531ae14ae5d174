from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.whatsapp_flow_execution import WhatsappFlowExecution
from ...models.whatsapp_flow_run_request import WhatsappFlowRunRequest
from ...types import path_segment


def _get_kwargs(
    id: str,
    *,
    body: WhatsappFlowRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel/whatsapp/flow/{id}/run".format(
            id=path_segment(id, "id", numeric=False),
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
