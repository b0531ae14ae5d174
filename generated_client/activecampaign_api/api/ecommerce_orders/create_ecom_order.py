from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.ecom_order_create_request import EcomOrderCreateRequest
from ...models.ecom_order_envelope import EcomOrderEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: EcomOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ecomOrders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> EcomOrderEnvelope:
    if status == 200:
        return cast(EcomOrderEnvelope, _decode(content, EcomOrderEnvelope))
    if status == 201:
        return cast(EcomOrderEnvelope, _decode(content, EcomOrderEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createEcomOrder",
    method="POST",
    path="/ecomOrders",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
