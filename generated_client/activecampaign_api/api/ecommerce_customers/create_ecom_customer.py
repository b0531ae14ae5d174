from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.ecom_customer_create_request import EcomCustomerCreateRequest
from ...models.ecom_customer_envelope import EcomCustomerEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: EcomCustomerCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ecomCustomers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> EcomCustomerEnvelope:
    if status == 200:
        return cast(EcomCustomerEnvelope, _decode(content, EcomCustomerEnvelope))
    if status == 201:
        return cast(EcomCustomerEnvelope, _decode(content, EcomCustomerEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createEcomCustomer",
    method="POST",
    path="/ecomCustomers",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
