from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ecom_order_list import EcomOrderList
from ...models.error_response import ErrorResponse
from ...models.list_ecom_orders_filters_state import ListEcomOrdersFiltersState
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EcomOrderList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EcomOrderList.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_429

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EcomOrderList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[EcomOrderList | ErrorResponse]:
    """List orders and carts, filtered and sorted

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_connectionid (str | Unset):
        filters_externalid (str | Unset):
        filters_externalcheckoutid (str | Unset):
        filters_email (str | Unset):
        filters_state (ListEcomOrdersFiltersState | Unset):
        filters_customerid (str | Unset):
        filters_external_created_date (str | Unset):
        orders_connectionid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_externalid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_externalcheckoutid (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_email (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_state (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_customerid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_external_created_date (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EcomOrderList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_connectionid=filters_connectionid,
        filters_externalid=filters_externalid,
        filters_externalcheckoutid=filters_externalcheckoutid,
        filters_email=filters_email,
        filters_state=filters_state,
        filters_customerid=filters_customerid,
        filters_external_created_date=filters_external_created_date,
        orders_connectionid=orders_connectionid,
        orders_externalid=orders_externalid,
        orders_externalcheckoutid=orders_externalcheckoutid,
        orders_email=orders_email,
        orders_state=orders_state,
        orders_customerid=orders_customerid,
        orders_external_created_date=orders_external_created_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
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
) -> EcomOrderList | ErrorResponse | None:
    """List orders and carts, filtered and sorted

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_connectionid (str | Unset):
        filters_externalid (str | Unset):
        filters_externalcheckoutid (str | Unset):
        filters_email (str | Unset):
        filters_state (ListEcomOrdersFiltersState | Unset):
        filters_customerid (str | Unset):
        filters_external_created_date (str | Unset):
        orders_connectionid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_externalid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_externalcheckoutid (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_email (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_state (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_customerid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_external_created_date (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EcomOrderList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filters_connectionid=filters_connectionid,
        filters_externalid=filters_externalid,
        filters_externalcheckoutid=filters_externalcheckoutid,
        filters_email=filters_email,
        filters_state=filters_state,
        filters_customerid=filters_customerid,
        filters_external_created_date=filters_external_created_date,
        orders_connectionid=orders_connectionid,
        orders_externalid=orders_externalid,
        orders_externalcheckoutid=orders_externalcheckoutid,
        orders_email=orders_email,
        orders_state=orders_state,
        orders_customerid=orders_customerid,
        orders_external_created_date=orders_external_created_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[EcomOrderList | ErrorResponse]:
    """List orders and carts, filtered and sorted

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_connectionid (str | Unset):
        filters_externalid (str | Unset):
        filters_externalcheckoutid (str | Unset):
        filters_email (str | Unset):
        filters_state (ListEcomOrdersFiltersState | Unset):
        filters_customerid (str | Unset):
        filters_external_created_date (str | Unset):
        orders_connectionid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_externalid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_externalcheckoutid (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_email (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_state (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_customerid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_external_created_date (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EcomOrderList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_connectionid=filters_connectionid,
        filters_externalid=filters_externalid,
        filters_externalcheckoutid=filters_externalcheckoutid,
        filters_email=filters_email,
        filters_state=filters_state,
        filters_customerid=filters_customerid,
        filters_external_created_date=filters_external_created_date,
        orders_connectionid=orders_connectionid,
        orders_externalid=orders_externalid,
        orders_externalcheckoutid=orders_externalcheckoutid,
        orders_email=orders_email,
        orders_state=orders_state,
        orders_customerid=orders_customerid,
        orders_external_created_date=orders_external_created_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
) -> EcomOrderList | ErrorResponse | None:
    """List orders and carts, filtered and sorted

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_connectionid (str | Unset):
        filters_externalid (str | Unset):
        filters_externalcheckoutid (str | Unset):
        filters_email (str | Unset):
        filters_state (ListEcomOrdersFiltersState | Unset):
        filters_customerid (str | Unset):
        filters_external_created_date (str | Unset):
        orders_connectionid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_externalid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_externalcheckoutid (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_email (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_state (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_customerid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_external_created_date (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EcomOrderList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filters_connectionid=filters_connectionid,
            filters_externalid=filters_externalid,
            filters_externalcheckoutid=filters_externalcheckoutid,
            filters_email=filters_email,
            filters_state=filters_state,
            filters_customerid=filters_customerid,
            filters_external_created_date=filters_external_created_date,
            orders_connectionid=orders_connectionid,
            orders_externalid=orders_externalid,
            orders_externalcheckoutid=orders_externalcheckoutid,
            orders_email=orders_email,
            orders_state=orders_state,
            orders_customerid=orders_customerid,
            orders_external_created_date=orders_external_created_date,
        )
    ).parsed
