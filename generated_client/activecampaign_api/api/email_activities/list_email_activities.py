from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_activity_list import EmailActivityList
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_deal_id: str | Unset = UNSET,
    filters_fieldid: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[subscriberid]"] = filters_subscriberid

    params["filters[dealId]"] = filters_deal_id

    params["filters[fieldid]"] = filters_fieldid

    json_orders_tstamp: str | Unset = UNSET
    if not isinstance(orders_tstamp, Unset):
        json_orders_tstamp = orders_tstamp

    params["orders[tstamp]"] = json_orders_tstamp

    json_orders_subscriberid: str | Unset = UNSET
    if not isinstance(orders_subscriberid, Unset):
        json_orders_subscriberid = orders_subscriberid

    params["orders[subscriberid]"] = json_orders_subscriberid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/emailActivities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailActivityList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmailActivityList.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_403

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
) -> Response[EmailActivityList | ErrorResponse]:
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
    filters_subscriberid: str | Unset = UNSET,
    filters_deal_id: str | Unset = UNSET,
    filters_fieldid: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
) -> Response[EmailActivityList | ErrorResponse]:
    """List emails logged against a contact or a deal

     The reference shows only an empty example answer; the item shape declared here is inferred from
    sibling resources and other clients.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_subscriberid (str | Unset):
        filters_deal_id (str | Unset):
        filters_fieldid (str | Unset):
        orders_tstamp (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_subscriberid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailActivityList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_subscriberid=filters_subscriberid,
        filters_deal_id=filters_deal_id,
        filters_fieldid=filters_fieldid,
        orders_tstamp=orders_tstamp,
        orders_subscriberid=orders_subscriberid,
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
    filters_subscriberid: str | Unset = UNSET,
    filters_deal_id: str | Unset = UNSET,
    filters_fieldid: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
) -> EmailActivityList | ErrorResponse | None:
    """List emails logged against a contact or a deal

     The reference shows only an empty example answer; the item shape declared here is inferred from
    sibling resources and other clients.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_subscriberid (str | Unset):
        filters_deal_id (str | Unset):
        filters_fieldid (str | Unset):
        orders_tstamp (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_subscriberid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailActivityList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filters_subscriberid=filters_subscriberid,
        filters_deal_id=filters_deal_id,
        filters_fieldid=filters_fieldid,
        orders_tstamp=orders_tstamp,
        orders_subscriberid=orders_subscriberid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_deal_id: str | Unset = UNSET,
    filters_fieldid: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
) -> Response[EmailActivityList | ErrorResponse]:
    """List emails logged against a contact or a deal

     The reference shows only an empty example answer; the item shape declared here is inferred from
    sibling resources and other clients.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_subscriberid (str | Unset):
        filters_deal_id (str | Unset):
        filters_fieldid (str | Unset):
        orders_tstamp (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_subscriberid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailActivityList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_subscriberid=filters_subscriberid,
        filters_deal_id=filters_deal_id,
        filters_fieldid=filters_fieldid,
        orders_tstamp=orders_tstamp,
        orders_subscriberid=orders_subscriberid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_deal_id: str | Unset = UNSET,
    filters_fieldid: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
) -> EmailActivityList | ErrorResponse | None:
    """List emails logged against a contact or a deal

     The reference shows only an empty example answer; the item shape declared here is inferred from
    sibling resources and other clients.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_subscriberid (str | Unset):
        filters_deal_id (str | Unset):
        filters_fieldid (str | Unset):
        orders_tstamp (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_subscriberid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailActivityList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filters_subscriberid=filters_subscriberid,
            filters_deal_id=filters_deal_id,
            filters_fieldid=filters_fieldid,
            orders_tstamp=orders_tstamp,
            orders_subscriberid=orders_subscriberid,
        )
    ).parsed
