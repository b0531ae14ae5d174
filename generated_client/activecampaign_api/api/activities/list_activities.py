from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_list import ActivityList
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    contact: str | Unset = UNSET,
    after: str | Unset = UNSET,
    include: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    emails: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["contact"] = contact

    params["after"] = after

    params["include"] = include

    json_orders_tstamp: str | Unset = UNSET
    if not isinstance(orders_tstamp, Unset):
        json_orders_tstamp = orders_tstamp

    params["orders[tstamp]"] = json_orders_tstamp

    params["emails"] = emails

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActivityList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ActivityList | ErrorResponse]:
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
    contact: str | Unset = UNSET,
    after: str | Unset = UNSET,
    include: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    emails: bool | Unset = UNSET,
) -> Response[ActivityList | ErrorResponse]:
    """List a contact's recent activity

    Args:
        limit (int | Unset):
        offset (int | Unset):
        contact (str | Unset):
        after (str | Unset):
        include (str | Unset):
        orders_tstamp (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        emails (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        contact=contact,
        after=after,
        include=include,
        orders_tstamp=orders_tstamp,
        emails=emails,
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
    contact: str | Unset = UNSET,
    after: str | Unset = UNSET,
    include: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    emails: bool | Unset = UNSET,
) -> ActivityList | ErrorResponse | None:
    """List a contact's recent activity

    Args:
        limit (int | Unset):
        offset (int | Unset):
        contact (str | Unset):
        after (str | Unset):
        include (str | Unset):
        orders_tstamp (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        emails (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        contact=contact,
        after=after,
        include=include,
        orders_tstamp=orders_tstamp,
        emails=emails,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    contact: str | Unset = UNSET,
    after: str | Unset = UNSET,
    include: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    emails: bool | Unset = UNSET,
) -> Response[ActivityList | ErrorResponse]:
    """List a contact's recent activity

    Args:
        limit (int | Unset):
        offset (int | Unset):
        contact (str | Unset):
        after (str | Unset):
        include (str | Unset):
        orders_tstamp (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        emails (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        contact=contact,
        after=after,
        include=include,
        orders_tstamp=orders_tstamp,
        emails=emails,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    contact: str | Unset = UNSET,
    after: str | Unset = UNSET,
    include: str | Unset = UNSET,
    orders_tstamp: SortDirection | Unset = UNSET,
    emails: bool | Unset = UNSET,
) -> ActivityList | ErrorResponse | None:
    """List a contact's recent activity

    Args:
        limit (int | Unset):
        offset (int | Unset):
        contact (str | Unset):
        after (str | Unset):
        include (str | Unset):
        orders_tstamp (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        emails (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            contact=contact,
            after=after,
            include=include,
            orders_tstamp=orders_tstamp,
            emails=emails,
        )
    ).parsed
