from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.whatsapp_template_send_request import WhatsappTemplateSendRequest
from ...models.whatsapp_template_sent import WhatsappTemplateSent
from ...types import path_segment


def _get_kwargs(
    id: str,
    *,
    body: WhatsappTemplateSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel/whatsapp/channels/whatsapp/template/{id}/send".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WhatsappTemplateSent:
    if response.status_code == 201:
        response_201 = WhatsappTemplateSent.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
