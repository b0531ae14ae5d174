from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.ecom_order_list import EcomOrderList
from ...models.list_ecom_orders_filters_state import ListEcomOrdersFiltersState
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_connectionid: str | Unset = UNSET,
    filters_externalid: str | Unset = UNSET,
    filters_externalcheckoutid: str | Unset = UNSET,
    filters_email: str | Unset = UNSET,
    filters_state: ListEcomOrdersFiltersState | Unset = UNSET,
    filters_customerid: str | Unset = UNSET,
    filters_external_created_date: str | Unset = UNSET,
    orders_connectionid: SortDirection | Unset = UNSET,
    orders_externalid: SortDirection | Unset = UNSET,
    orders_externalcheckoutid: SortDirection | Unset = UNSET,
    orders_email: SortDirection | Unset = UNSET,
    orders_state: SortDirection | Unset = UNSET,
    orders_customerid: SortDirection | Unset = UNSET,
    orders_external_created_date: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[connectionid]"] = filters_connectionid

    params["filters[externalid]"] = filters_externalid

    params["filters[externalcheckoutid]"] = filters_externalcheckoutid

    params["filters[email]"] = filters_email

    json_filters_state: int | Unset = UNSET
    if not isinstance(filters_state, Unset):
        json_filters_state = filters_state

    params["filters[state]"] = json_filters_state

    params["filters[customerid]"] = filters_customerid

    params["filters[external_created_date]"] = filters_external_created_date

    json_orders_connectionid: str | Unset = UNSET
    if not isinstance(orders_connectionid, Unset):
        json_orders_connectionid = orders_connectionid

    params["orders[connectionid]"] = json_orders_connectionid

    json_orders_externalid: str | Unset = UNSET
    if not isinstance(orders_externalid, Unset):
        json_orders_externalid = orders_externalid

    params["orders[externalid]"] = json_orders_externalid

    json_orders_externalcheckoutid: str | Unset = UNSET
    if not isinstance(orders_externalcheckoutid, Unset):
        json_orders_externalcheckoutid = orders_externalcheckoutid

    params["orders[externalcheckoutid]"] = json_orders_externalcheckoutid

    json_orders_email: str | Unset = UNSET
    if not isinstance(orders_email, Unset):
        json_orders_email = orders_email

    params["orders[email]"] = json_orders_email

    json_orders_state: str | Unset = UNSET
    if not isinstance(orders_state, Unset):
        json_orders_state = orders_state

    params["orders[state]"] = json_orders_state

    json_orders_customerid: str | Unset = UNSET
    if not isinstance(orders_customerid, Unset):
        json_orders_customerid = orders_customerid

    params["orders[customerid]"] = json_orders_customerid

    json_orders_external_created_date: str | Unset = UNSET
    if not isinstance(orders_external_created_date, Unset):
        json_orders_external_created_date = orders_external_created_date

    params["orders[external_created_date]"] = json_orders_external_created_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ecomOrders",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> EcomOrderList:
    if status == 200:
        return cast(EcomOrderList, _decode(content, EcomOrderList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listEcomOrders",
    method="GET",
    path="/ecomOrders",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
