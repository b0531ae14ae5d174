from typing import Any

import httpx

from ... import errors
from ...models.sms_recipient_export_request import SmsRecipientExportRequest
from ...types import path_segment


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


def _parse_response(response: httpx.Response) -> str:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
