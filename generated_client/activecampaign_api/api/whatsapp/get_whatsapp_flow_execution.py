from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.whatsapp_flow_execution import WhatsappFlowExecution
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel/whatsapp/flow-execution/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> WhatsappFlowExecution:
    if status == 200:
        return cast(WhatsappFlowExecution, _decode(content, WhatsappFlowExecution))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getWhatsappFlowExecution",
    method="GET",
    path="/channel/whatsapp/flow-execution/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
