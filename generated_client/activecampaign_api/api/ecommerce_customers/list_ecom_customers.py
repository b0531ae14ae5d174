from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.ecom_customer_list import EcomCustomerList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_email: str | Unset = UNSET,
    filters_externalid: str | Unset = UNSET,
    filters_connectionid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[email]"] = filters_email

    params["filters[externalid]"] = filters_externalid

    params["filters[connectionid]"] = filters_connectionid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ecomCustomers",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> EcomCustomerList:
    if status == 200:
        return cast(EcomCustomerList, _decode(content, EcomCustomerList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listEcomCustomers",
    method="GET",
    path="/ecomCustomers",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
