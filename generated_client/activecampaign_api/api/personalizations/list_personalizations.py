from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_personalizations_filter_format import (
    ListPersonalizationsFilterFormat,
)
from ...models.personalization_list import PersonalizationList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_tag: str | Unset = UNSET,
    filter_list_name: str | Unset = UNSET,
    filter_content: str | Unset = UNSET,
    filter_format: ListPersonalizationsFilterFormat | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_tag: SortDirection | Unset = UNSET,
    orders_format: SortDirection | Unset = UNSET,
    orders_content: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filter[name]"] = filter_name

    params["filter[tag]"] = filter_tag

    params["filter[listName]"] = filter_list_name

    params["filter[content]"] = filter_content

    json_filter_format: str | Unset = UNSET
    if not isinstance(filter_format, Unset):
        json_filter_format = filter_format

    params["filter[format]"] = json_filter_format

    json_orders_name: str | Unset = UNSET
    if not isinstance(orders_name, Unset):
        json_orders_name = orders_name

    params["orders[name]"] = json_orders_name

    json_orders_tag: str | Unset = UNSET
    if not isinstance(orders_tag, Unset):
        json_orders_tag = orders_tag

    params["orders[tag]"] = json_orders_tag

    json_orders_format: str | Unset = UNSET
    if not isinstance(orders_format, Unset):
        json_orders_format = orders_format

    params["orders[format]"] = json_orders_format

    json_orders_content: str | Unset = UNSET
    if not isinstance(orders_content, Unset):
        json_orders_content = orders_content

    params["orders[content]"] = json_orders_content

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/personalizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PersonalizationList | None:
    if response.status_code == 200:
        response_200 = PersonalizationList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ErrorResponse | PersonalizationList]:
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
    filter_name: str | Unset = UNSET,
    filter_tag: str | Unset = UNSET,
    filter_list_name: str | Unset = UNSET,
    filter_content: str | Unset = UNSET,
    filter_format: ListPersonalizationsFilterFormat | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_tag: SortDirection | Unset = UNSET,
    orders_format: SortDirection | Unset = UNSET,
    orders_content: SortDirection | Unset = UNSET,
) -> Response[ErrorResponse | PersonalizationList]:
    """List personalization variables, filtered and sorted

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_name (str | Unset):
        filter_tag (str | Unset):
        filter_list_name (str | Unset):
        filter_content (str | Unset):
        filter_format (ListPersonalizationsFilterFormat | Unset):
        orders_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_tag (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_format (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_content (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PersonalizationList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_name=filter_name,
        filter_tag=filter_tag,
        filter_list_name=filter_list_name,
        filter_content=filter_content,
        filter_format=filter_format,
        orders_name=orders_name,
        orders_tag=orders_tag,
        orders_format=orders_format,
        orders_content=orders_content,
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
    filter_name: str | Unset = UNSET,
    filter_tag: str | Unset = UNSET,
    filter_list_name: str | Unset = UNSET,
    filter_content: str | Unset = UNSET,
    filter_format: ListPersonalizationsFilterFormat | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_tag: SortDirection | Unset = UNSET,
    orders_format: SortDirection | Unset = UNSET,
    orders_content: SortDirection | Unset = UNSET,
) -> ErrorResponse | PersonalizationList | None:
    """List personalization variables, filtered and sorted

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_name (str | Unset):
        filter_tag (str | Unset):
        filter_list_name (str | Unset):
        filter_content (str | Unset):
        filter_format (ListPersonalizationsFilterFormat | Unset):
        orders_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_tag (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_format (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_content (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PersonalizationList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filter_name=filter_name,
        filter_tag=filter_tag,
        filter_list_name=filter_list_name,
        filter_content=filter_content,
        filter_format=filter_format,
        orders_name=orders_name,
        orders_tag=orders_tag,
        orders_format=orders_format,
        orders_content=orders_content,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_tag: str | Unset = UNSET,
    filter_list_name: str | Unset = UNSET,
    filter_content: str | Unset = UNSET,
    filter_format: ListPersonalizationsFilterFormat | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_tag: SortDirection | Unset = UNSET,
    orders_format: SortDirection | Unset = UNSET,
    orders_content: SortDirection | Unset = UNSET,
) -> Response[ErrorResponse | PersonalizationList]:
    """List personalization variables, filtered and sorted

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_name (str | Unset):
        filter_tag (str | Unset):
        filter_list_name (str | Unset):
        filter_content (str | Unset):
        filter_format (ListPersonalizationsFilterFormat | Unset):
        orders_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_tag (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_format (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_content (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PersonalizationList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_name=filter_name,
        filter_tag=filter_tag,
        filter_list_name=filter_list_name,
        filter_content=filter_content,
        filter_format=filter_format,
        orders_name=orders_name,
        orders_tag=orders_tag,
        orders_format=orders_format,
        orders_content=orders_content,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_tag: str | Unset = UNSET,
    filter_list_name: str | Unset = UNSET,
    filter_content: str | Unset = UNSET,
    filter_format: ListPersonalizationsFilterFormat | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_tag: SortDirection | Unset = UNSET,
    orders_format: SortDirection | Unset = UNSET,
    orders_content: SortDirection | Unset = UNSET,
) -> ErrorResponse | PersonalizationList | None:
    """List personalization variables, filtered and sorted

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_name (str | Unset):
        filter_tag (str | Unset):
        filter_list_name (str | Unset):
        filter_content (str | Unset):
        filter_format (ListPersonalizationsFilterFormat | Unset):
        orders_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_tag (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_format (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_content (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PersonalizationList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filter_name=filter_name,
            filter_tag=filter_tag,
            filter_list_name=filter_list_name,
            filter_content=filter_content,
            filter_format=filter_format,
            orders_name=orders_name,
            orders_tag=orders_tag,
            orders_format=orders_format,
            orders_content=orders_content,
        )
    ).parsed
