from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.whatsapp_template import WhatsappTemplate
from ...models.whatsapp_template_fields import WhatsappTemplateFields
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: WhatsappTemplateFields,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/channel/whatsapp/channels/whatsapp/template/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> WhatsappTemplate:
    if status == 200:
        return cast(WhatsappTemplate, _decode(content, WhatsappTemplate))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateWhatsappTemplate",
    method="PUT",
    path="/channel/whatsapp/channels/whatsapp/template/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
