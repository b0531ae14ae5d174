from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.whatsapp_flow_execution import WhatsappFlowExecution
from ...models.whatsapp_flow_run_request import WhatsappFlowRunRequest
from ...types import path_segment
from .. import Route


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


def _parse_response(status: int, content: bytes) -> WhatsappFlowExecution:
    if status == 201:
        return cast(WhatsappFlowExecution, _decode(content, WhatsappFlowExecution))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="runWhatsappFlow",
    method="POST",
    path="/channel/whatsapp/flow/{id}/run",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(201,),
    parse=_parse_response,
)
