from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.address_create_request import AddressCreateRequest
from ...models.address_envelope import AddressEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: AddressCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/addresses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> AddressEnvelope:
    if status == 200:
        return cast(AddressEnvelope, _decode(content, AddressEnvelope))
    if status == 201:
        return cast(AddressEnvelope, _decode(content, AddressEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createAddress",
    method="POST",
    path="/addresses",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
