from __future__ import annotations

from typing import Any

from ... import errors
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/channel/whatsapp/channels/whatsapp/template/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> None:
    if status == 204:
        return None
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="deleteWhatsappTemplate",
    method="DELETE",
    path="/channel/whatsapp/channels/whatsapp/template/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(204,),
    parse=_parse_response,
)
