from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_automation_list import ContactAutomationList
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include: str | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_adddate: str | Unset = UNSET,
    filters_lastblock: str | Unset = UNSET,
    orders_seriesid: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_adddate: SortDirection | Unset = UNSET,
    orders_lastblock: SortDirection | Unset = UNSET,
    q: str | Unset = UNSET,
    min_time: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["include"] = include

    params["filters[seriesid]"] = filters_seriesid

    params["filters[subscriberid]"] = filters_subscriberid

    params["filters[status]"] = filters_status

    params["filters[adddate]"] = filters_adddate

    params["filters[lastblock]"] = filters_lastblock

    json_orders_seriesid: str | Unset = UNSET
    if not isinstance(orders_seriesid, Unset):
        json_orders_seriesid = orders_seriesid

    params["orders[seriesid]"] = json_orders_seriesid

    json_orders_subscriberid: str | Unset = UNSET
    if not isinstance(orders_subscriberid, Unset):
        json_orders_subscriberid = orders_subscriberid

    params["orders[subscriberid]"] = json_orders_subscriberid

    json_orders_status: str | Unset = UNSET
    if not isinstance(orders_status, Unset):
        json_orders_status = orders_status

    params["orders[status]"] = json_orders_status

    json_orders_adddate: str | Unset = UNSET
    if not isinstance(orders_adddate, Unset):
        json_orders_adddate = orders_adddate

    params["orders[adddate]"] = json_orders_adddate

    json_orders_lastblock: str | Unset = UNSET
    if not isinstance(orders_lastblock, Unset):
        json_orders_lastblock = orders_lastblock

    params["orders[lastblock]"] = json_orders_lastblock

    params["q"] = q

    params["min_time"] = min_time

    params["max_time"] = max_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contactAutomations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactAutomationList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactAutomationList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ContactAutomationList | ErrorResponse]:
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
    include: str | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_adddate: str | Unset = UNSET,
    filters_lastblock: str | Unset = UNSET,
    orders_seriesid: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_adddate: SortDirection | Unset = UNSET,
    orders_lastblock: SortDirection | Unset = UNSET,
    q: str | Unset = UNSET,
    min_time: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
) -> Response[ContactAutomationList | ErrorResponse]:
    """List contacts' runs through automations

    Args:
        limit (int | Unset):
        offset (int | Unset):
        include (str | Unset):
        filters_seriesid (str | Unset):
        filters_subscriberid (str | Unset):
        filters_status (str | Unset):
        filters_adddate (str | Unset):
        filters_lastblock (str | Unset):
        orders_seriesid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_subscriberid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_adddate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_lastblock (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        q (str | Unset):
        min_time (str | Unset):
        max_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactAutomationList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        include=include,
        filters_seriesid=filters_seriesid,
        filters_subscriberid=filters_subscriberid,
        filters_status=filters_status,
        filters_adddate=filters_adddate,
        filters_lastblock=filters_lastblock,
        orders_seriesid=orders_seriesid,
        orders_subscriberid=orders_subscriberid,
        orders_status=orders_status,
        orders_adddate=orders_adddate,
        orders_lastblock=orders_lastblock,
        q=q,
        min_time=min_time,
        max_time=max_time,
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
    include: str | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_adddate: str | Unset = UNSET,
    filters_lastblock: str | Unset = UNSET,
    orders_seriesid: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_adddate: SortDirection | Unset = UNSET,
    orders_lastblock: SortDirection | Unset = UNSET,
    q: str | Unset = UNSET,
    min_time: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
) -> ContactAutomationList | ErrorResponse | None:
    """List contacts' runs through automations

    Args:
        limit (int | Unset):
        offset (int | Unset):
        include (str | Unset):
        filters_seriesid (str | Unset):
        filters_subscriberid (str | Unset):
        filters_status (str | Unset):
        filters_adddate (str | Unset):
        filters_lastblock (str | Unset):
        orders_seriesid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_subscriberid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_adddate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_lastblock (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        q (str | Unset):
        min_time (str | Unset):
        max_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactAutomationList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        include=include,
        filters_seriesid=filters_seriesid,
        filters_subscriberid=filters_subscriberid,
        filters_status=filters_status,
        filters_adddate=filters_adddate,
        filters_lastblock=filters_lastblock,
        orders_seriesid=orders_seriesid,
        orders_subscriberid=orders_subscriberid,
        orders_status=orders_status,
        orders_adddate=orders_adddate,
        orders_lastblock=orders_lastblock,
        q=q,
        min_time=min_time,
        max_time=max_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include: str | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_adddate: str | Unset = UNSET,
    filters_lastblock: str | Unset = UNSET,
    orders_seriesid: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_adddate: SortDirection | Unset = UNSET,
    orders_lastblock: SortDirection | Unset = UNSET,
    q: str | Unset = UNSET,
    min_time: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
) -> Response[ContactAutomationList | ErrorResponse]:
    """List contacts' runs through automations

    Args:
        limit (int | Unset):
        offset (int | Unset):
        include (str | Unset):
        filters_seriesid (str | Unset):
        filters_subscriberid (str | Unset):
        filters_status (str | Unset):
        filters_adddate (str | Unset):
        filters_lastblock (str | Unset):
        orders_seriesid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_subscriberid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_adddate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_lastblock (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        q (str | Unset):
        min_time (str | Unset):
        max_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactAutomationList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        include=include,
        filters_seriesid=filters_seriesid,
        filters_subscriberid=filters_subscriberid,
        filters_status=filters_status,
        filters_adddate=filters_adddate,
        filters_lastblock=filters_lastblock,
        orders_seriesid=orders_seriesid,
        orders_subscriberid=orders_subscriberid,
        orders_status=orders_status,
        orders_adddate=orders_adddate,
        orders_lastblock=orders_lastblock,
        q=q,
        min_time=min_time,
        max_time=max_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include: str | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_subscriberid: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_adddate: str | Unset = UNSET,
    filters_lastblock: str | Unset = UNSET,
    orders_seriesid: SortDirection | Unset = UNSET,
    orders_subscriberid: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_adddate: SortDirection | Unset = UNSET,
    orders_lastblock: SortDirection | Unset = UNSET,
    q: str | Unset = UNSET,
    min_time: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
) -> ContactAutomationList | ErrorResponse | None:
    """List contacts' runs through automations

    Args:
        limit (int | Unset):
        offset (int | Unset):
        include (str | Unset):
        filters_seriesid (str | Unset):
        filters_subscriberid (str | Unset):
        filters_status (str | Unset):
        filters_adddate (str | Unset):
        filters_lastblock (str | Unset):
        orders_seriesid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_subscriberid (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_adddate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_lastblock (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        q (str | Unset):
        min_time (str | Unset):
        max_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactAutomationList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            include=include,
            filters_seriesid=filters_seriesid,
            filters_subscriberid=filters_subscriberid,
            filters_status=filters_status,
            filters_adddate=filters_adddate,
            filters_lastblock=filters_lastblock,
            orders_seriesid=orders_seriesid,
            orders_subscriberid=orders_subscriberid,
            orders_status=orders_status,
            orders_adddate=orders_adddate,
            orders_lastblock=orders_lastblock,
            q=q,
            min_time=min_time,
            max_time=max_time,
        )
    ).parsed
