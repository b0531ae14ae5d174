from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.secondary_contact_create_request import SecondaryContactCreateRequest
from ...models.secondary_contact_envelope import SecondaryContactEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: SecondaryContactCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contactDeals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> SecondaryContactEnvelope:
    if status == 200:
        return cast(SecondaryContactEnvelope, _decode(content, SecondaryContactEnvelope))
    if status == 201:
        return cast(SecondaryContactEnvelope, _decode(content, SecondaryContactEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createSecondaryContact",
    method="POST",
    path="/contactDeals",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
