from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_exclusion_list import ListExclusionList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_match_phrase: str | Unset = UNSET,
    filters_lists: list[str] | Unset = UNSET,
    orders_match_phrase: SortDirection | Unset = UNSET,
    orders_lists: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[matchPhrase]"] = filters_match_phrase

    json_filters_lists: list[str] | Unset = UNSET
    if not isinstance(filters_lists, Unset):
        json_filters_lists = filters_lists

    params["filters[lists][]"] = json_filters_lists

    json_orders_match_phrase: str | Unset = UNSET
    if not isinstance(orders_match_phrase, Unset):
        json_orders_match_phrase = orders_match_phrase

    params["orders[matchPhrase]"] = json_orders_match_phrase

    json_orders_lists: str | Unset = UNSET
    if not isinstance(orders_lists, Unset):
        json_orders_lists = orders_lists

    params["orders[lists]"] = json_orders_lists

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/exclusions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListExclusionList | None:
    if response.status_code == 200:
        response_200 = ListExclusionList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ErrorResponse | ListExclusionList]:
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
    filters_match_phrase: str | Unset = UNSET,
    filters_lists: list[str] | Unset = UNSET,
    orders_match_phrase: SortDirection | Unset = UNSET,
    orders_lists: SortDirection | Unset = UNSET,
) -> Response[ErrorResponse | ListExclusionList]:
    """List exclusion patterns, filtered by phrase or list

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_match_phrase (str | Unset):
        filters_lists (list[str] | Unset):
        orders_match_phrase (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_lists (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListExclusionList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_match_phrase=filters_match_phrase,
        filters_lists=filters_lists,
        orders_match_phrase=orders_match_phrase,
        orders_lists=orders_lists,
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
    filters_match_phrase: str | Unset = UNSET,
    filters_lists: list[str] | Unset = UNSET,
    orders_match_phrase: SortDirection | Unset = UNSET,
    orders_lists: SortDirection | Unset = UNSET,
) -> ErrorResponse | ListExclusionList | None:
    """List exclusion patterns, filtered by phrase or list

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_match_phrase (str | Unset):
        filters_lists (list[str] | Unset):
        orders_match_phrase (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_lists (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListExclusionList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filters_match_phrase=filters_match_phrase,
        filters_lists=filters_lists,
        orders_match_phrase=orders_match_phrase,
        orders_lists=orders_lists,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_match_phrase: str | Unset = UNSET,
    filters_lists: list[str] | Unset = UNSET,
    orders_match_phrase: SortDirection | Unset = UNSET,
    orders_lists: SortDirection | Unset = UNSET,
) -> Response[ErrorResponse | ListExclusionList]:
    """List exclusion patterns, filtered by phrase or list

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_match_phrase (str | Unset):
        filters_lists (list[str] | Unset):
        orders_match_phrase (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_lists (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListExclusionList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_match_phrase=filters_match_phrase,
        filters_lists=filters_lists,
        orders_match_phrase=orders_match_phrase,
        orders_lists=orders_lists,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_match_phrase: str | Unset = UNSET,
    filters_lists: list[str] | Unset = UNSET,
    orders_match_phrase: SortDirection | Unset = UNSET,
    orders_lists: SortDirection | Unset = UNSET,
) -> ErrorResponse | ListExclusionList | None:
    """List exclusion patterns, filtered by phrase or list

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_match_phrase (str | Unset):
        filters_lists (list[str] | Unset):
        orders_match_phrase (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_lists (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListExclusionList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filters_match_phrase=filters_match_phrase,
            filters_lists=filters_lists,
            orders_match_phrase=orders_match_phrase,
            orders_lists=orders_lists,
        )
    ).parsed
