from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_create_request import DealCreateRequest
from ...models.deal_envelope import DealEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: DealCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealEnvelope:
    if status == 200:
        return cast(DealEnvelope, _decode(content, DealEnvelope))
    if status == 201:
        return cast(DealEnvelope, _decode(content, DealEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createDeal",
    method="POST",
    path="/deals",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
