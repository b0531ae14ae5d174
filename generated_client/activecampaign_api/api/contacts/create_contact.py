from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.contact_create_request import ContactCreateRequest
from ...models.contact_envelope import ContactEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: ContactCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> ContactEnvelope:
    if status == 200:
        return cast(ContactEnvelope, _decode(content, ContactEnvelope))
    if status == 201:
        return cast(ContactEnvelope, _decode(content, ContactEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createContact",
    method="POST",
    path="/contacts",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
