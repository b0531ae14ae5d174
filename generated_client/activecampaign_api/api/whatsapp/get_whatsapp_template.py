from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.whatsapp_template import WhatsappTemplate
from ...types import path_segment


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel/whatsapp/channels/whatsapp/template/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> WhatsappTemplate:
    if response.status_code == 200:
        response_200 = WhatsappTemplate.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
