from __future__ import annotations

from typing import Any

from ... import errors
from ...models.sms_recipient_export_request import SmsRecipientExportRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: int,
    *,
    body: SmsRecipientExportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/broadcasts/{id}/recipients/export".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> str:
    if status == 200:
        return content.decode()
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="exportSmsBroadcastRecipients",
    method="POST",
    path="/sms/broadcasts/{id}/recipients/export",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
