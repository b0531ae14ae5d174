from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deal_stage_list import DealStageList
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_d_groupid: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[title]"] = filters_title

    params["filters[d_groupid]"] = filters_d_groupid

    json_orders_title: str | Unset = UNSET
    if not isinstance(orders_title, Unset):
        json_orders_title = orders_title

    params["orders[title]"] = json_orders_title

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealStages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DealStageList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DealStageList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[DealStageList | ErrorResponse]:
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
    filters_title: str | Unset = UNSET,
    filters_d_groupid: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
) -> Response[DealStageList | ErrorResponse]:
    """List stages, optionally of one pipeline or by title

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_title (str | Unset):
        filters_d_groupid (str | Unset):
        orders_title (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealStageList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_title=filters_title,
        filters_d_groupid=filters_d_groupid,
        orders_title=orders_title,
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
    filters_title: str | Unset = UNSET,
    filters_d_groupid: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
) -> DealStageList | ErrorResponse | None:
    """List stages, optionally of one pipeline or by title

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_title (str | Unset):
        filters_d_groupid (str | Unset):
        orders_title (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealStageList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filters_title=filters_title,
        filters_d_groupid=filters_d_groupid,
        orders_title=orders_title,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_d_groupid: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
) -> Response[DealStageList | ErrorResponse]:
    """List stages, optionally of one pipeline or by title

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_title (str | Unset):
        filters_d_groupid (str | Unset):
        orders_title (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealStageList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_title=filters_title,
        filters_d_groupid=filters_d_groupid,
        orders_title=orders_title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_d_groupid: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
) -> DealStageList | ErrorResponse | None:
    """List stages, optionally of one pipeline or by title

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_title (str | Unset):
        filters_d_groupid (str | Unset):
        orders_title (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealStageList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filters_title=filters_title,
            filters_d_groupid=filters_d_groupid,
            orders_title=orders_title,
        )
    ).parsed
