from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_tags_orders_search import ListTagsOrdersSearch
from ...models.tag_list import TagList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_search_eq: str | Unset = UNSET,
    filters_search_neq: str | Unset = UNSET,
    filters_search_lt: str | Unset = UNSET,
    filters_search_lte: str | Unset = UNSET,
    filters_search_gt: str | Unset = UNSET,
    filters_search_gte: str | Unset = UNSET,
    filters_search_contains: str | Unset = UNSET,
    filters_search_starts_with: str | Unset = UNSET,
    orders_search: ListTagsOrdersSearch | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params["filters[search][eq]"] = filters_search_eq

    params["filters[search][neq]"] = filters_search_neq

    params["filters[search][lt]"] = filters_search_lt

    params["filters[search][lte]"] = filters_search_lte

    params["filters[search][gt]"] = filters_search_gt

    params["filters[search][gte]"] = filters_search_gte

    params["filters[search][contains]"] = filters_search_contains

    params["filters[search][starts_with]"] = filters_search_starts_with

    json_orders_search: str | Unset = UNSET
    if not isinstance(orders_search, Unset):
        json_orders_search = orders_search

    params["orders[search]"] = json_orders_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TagList | None:
    if response.status_code == 200:
        response_200 = TagList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ErrorResponse | TagList]:
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
    search: str | Unset = UNSET,
    filters_search_eq: str | Unset = UNSET,
    filters_search_neq: str | Unset = UNSET,
    filters_search_lt: str | Unset = UNSET,
    filters_search_lte: str | Unset = UNSET,
    filters_search_gt: str | Unset = UNSET,
    filters_search_gte: str | Unset = UNSET,
    filters_search_contains: str | Unset = UNSET,
    filters_search_starts_with: str | Unset = UNSET,
    orders_search: ListTagsOrdersSearch | Unset = UNSET,
) -> Response[ErrorResponse | TagList]:
    """List tags, optionally filtered by name

    Args:
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        filters_search_eq (str | Unset):
        filters_search_neq (str | Unset):
        filters_search_lt (str | Unset):
        filters_search_lte (str | Unset):
        filters_search_gt (str | Unset):
        filters_search_gte (str | Unset):
        filters_search_contains (str | Unset):
        filters_search_starts_with (str | Unset):
        orders_search (ListTagsOrdersSearch | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TagList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
        filters_search_eq=filters_search_eq,
        filters_search_neq=filters_search_neq,
        filters_search_lt=filters_search_lt,
        filters_search_lte=filters_search_lte,
        filters_search_gt=filters_search_gt,
        filters_search_gte=filters_search_gte,
        filters_search_contains=filters_search_contains,
        filters_search_starts_with=filters_search_starts_with,
        orders_search=orders_search,
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
    search: str | Unset = UNSET,
    filters_search_eq: str | Unset = UNSET,
    filters_search_neq: str | Unset = UNSET,
    filters_search_lt: str | Unset = UNSET,
    filters_search_lte: str | Unset = UNSET,
    filters_search_gt: str | Unset = UNSET,
    filters_search_gte: str | Unset = UNSET,
    filters_search_contains: str | Unset = UNSET,
    filters_search_starts_with: str | Unset = UNSET,
    orders_search: ListTagsOrdersSearch | Unset = UNSET,
) -> ErrorResponse | TagList | None:
    """List tags, optionally filtered by name

    Args:
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        filters_search_eq (str | Unset):
        filters_search_neq (str | Unset):
        filters_search_lt (str | Unset):
        filters_search_lte (str | Unset):
        filters_search_gt (str | Unset):
        filters_search_gte (str | Unset):
        filters_search_contains (str | Unset):
        filters_search_starts_with (str | Unset):
        orders_search (ListTagsOrdersSearch | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TagList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        search=search,
        filters_search_eq=filters_search_eq,
        filters_search_neq=filters_search_neq,
        filters_search_lt=filters_search_lt,
        filters_search_lte=filters_search_lte,
        filters_search_gt=filters_search_gt,
        filters_search_gte=filters_search_gte,
        filters_search_contains=filters_search_contains,
        filters_search_starts_with=filters_search_starts_with,
        orders_search=orders_search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_search_eq: str | Unset = UNSET,
    filters_search_neq: str | Unset = UNSET,
    filters_search_lt: str | Unset = UNSET,
    filters_search_lte: str | Unset = UNSET,
    filters_search_gt: str | Unset = UNSET,
    filters_search_gte: str | Unset = UNSET,
    filters_search_contains: str | Unset = UNSET,
    filters_search_starts_with: str | Unset = UNSET,
    orders_search: ListTagsOrdersSearch | Unset = UNSET,
) -> Response[ErrorResponse | TagList]:
    """List tags, optionally filtered by name

    Args:
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        filters_search_eq (str | Unset):
        filters_search_neq (str | Unset):
        filters_search_lt (str | Unset):
        filters_search_lte (str | Unset):
        filters_search_gt (str | Unset):
        filters_search_gte (str | Unset):
        filters_search_contains (str | Unset):
        filters_search_starts_with (str | Unset):
        orders_search (ListTagsOrdersSearch | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TagList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        search=search,
        filters_search_eq=filters_search_eq,
        filters_search_neq=filters_search_neq,
        filters_search_lt=filters_search_lt,
        filters_search_lte=filters_search_lte,
        filters_search_gt=filters_search_gt,
        filters_search_gte=filters_search_gte,
        filters_search_contains=filters_search_contains,
        filters_search_starts_with=filters_search_starts_with,
        orders_search=orders_search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_search_eq: str | Unset = UNSET,
    filters_search_neq: str | Unset = UNSET,
    filters_search_lt: str | Unset = UNSET,
    filters_search_lte: str | Unset = UNSET,
    filters_search_gt: str | Unset = UNSET,
    filters_search_gte: str | Unset = UNSET,
    filters_search_contains: str | Unset = UNSET,
    filters_search_starts_with: str | Unset = UNSET,
    orders_search: ListTagsOrdersSearch | Unset = UNSET,
) -> ErrorResponse | TagList | None:
    """List tags, optionally filtered by name

    Args:
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        filters_search_eq (str | Unset):
        filters_search_neq (str | Unset):
        filters_search_lt (str | Unset):
        filters_search_lte (str | Unset):
        filters_search_gt (str | Unset):
        filters_search_gte (str | Unset):
        filters_search_contains (str | Unset):
        filters_search_starts_with (str | Unset):
        orders_search (ListTagsOrdersSearch | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TagList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            search=search,
            filters_search_eq=filters_search_eq,
            filters_search_neq=filters_search_neq,
            filters_search_lt=filters_search_lt,
            filters_search_lte=filters_search_lte,
            filters_search_gt=filters_search_gt,
            filters_search_gte=filters_search_gte,
            filters_search_contains=filters_search_contains,
            filters_search_starts_with=filters_search_starts_with,
            orders_search=orders_search,
        )
    ).parsed
