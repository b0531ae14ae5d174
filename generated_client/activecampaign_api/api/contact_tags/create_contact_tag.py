from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.contact_tag_create_request import ContactTagCreateRequest
from ...models.contact_tag_envelope import ContactTagEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: ContactTagCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contactTags",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> ContactTagEnvelope:
    if status == 200:
        return cast(ContactTagEnvelope, _decode(content, ContactTagEnvelope))
    if status == 201:
        return cast(ContactTagEnvelope, _decode(content, ContactTagEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createContactTag",
    method="POST",
    path="/contactTags",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
