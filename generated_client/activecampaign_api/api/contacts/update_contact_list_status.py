from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.contact_list_envelope import ContactListEnvelope
from ...models.contact_list_status_request import ContactListStatusRequest
from .. import Route


def _get_kwargs(
    *,
    body: ContactListStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contactLists",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> ContactListEnvelope:
    if status == 200:
        return cast(ContactListEnvelope, _decode(content, ContactListEnvelope))
    if status == 201:
        return cast(ContactListEnvelope, _decode(content, ContactListEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateContactListStatus",
    method="POST",
    path="/contactLists",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
