from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_schema_list import CustomObjectSchemaList
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    show_fields: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
    orders_created_timestamp: SortDirection | Unset = UNSET,
    orders_updated_timestamp: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["showFields"] = show_fields

    params["filters[createdTimestamp][gt]"] = filters_created_timestamp_gt

    params["filters[updatedTimestamp][gt]"] = filters_updated_timestamp_gt

    json_orders_created_timestamp: str | Unset = UNSET
    if not isinstance(orders_created_timestamp, Unset):
        json_orders_created_timestamp = orders_created_timestamp

    params["orders[createdTimestamp]"] = json_orders_created_timestamp

    json_orders_updated_timestamp: str | Unset = UNSET
    if not isinstance(orders_updated_timestamp, Unset):
        json_orders_updated_timestamp = orders_updated_timestamp

    params["orders[updatedTimestamp]"] = json_orders_updated_timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customObjects/schemas",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectSchemaList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomObjectSchemaList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[CustomObjectSchemaList | ErrorResponse]:
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
    show_fields: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
    orders_created_timestamp: SortDirection | Unset = UNSET,
    orders_updated_timestamp: SortDirection | Unset = UNSET,
) -> Response[CustomObjectSchemaList | ErrorResponse]:
    """List the account's custom object schemas

     Send `showFields=all` when about to add fields, so that fields marked for deletion (`status:
    marked_for_deletion`) are listed and their ids not reused.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        show_fields (str | Unset):
        filters_created_timestamp_gt (str | Unset):
        filters_updated_timestamp_gt (str | Unset):
        orders_created_timestamp (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_updated_timestamp (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectSchemaList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        show_fields=show_fields,
        filters_created_timestamp_gt=filters_created_timestamp_gt,
        filters_updated_timestamp_gt=filters_updated_timestamp_gt,
        orders_created_timestamp=orders_created_timestamp,
        orders_updated_timestamp=orders_updated_timestamp,
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
    show_fields: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
    orders_created_timestamp: SortDirection | Unset = UNSET,
    orders_updated_timestamp: SortDirection | Unset = UNSET,
) -> CustomObjectSchemaList | ErrorResponse | None:
    """List the account's custom object schemas

     Send `showFields=all` when about to add fields, so that fields marked for deletion (`status:
    marked_for_deletion`) are listed and their ids not reused.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        show_fields (str | Unset):
        filters_created_timestamp_gt (str | Unset):
        filters_updated_timestamp_gt (str | Unset):
        orders_created_timestamp (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_updated_timestamp (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectSchemaList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        show_fields=show_fields,
        filters_created_timestamp_gt=filters_created_timestamp_gt,
        filters_updated_timestamp_gt=filters_updated_timestamp_gt,
        orders_created_timestamp=orders_created_timestamp,
        orders_updated_timestamp=orders_updated_timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    show_fields: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
    orders_created_timestamp: SortDirection | Unset = UNSET,
    orders_updated_timestamp: SortDirection | Unset = UNSET,
) -> Response[CustomObjectSchemaList | ErrorResponse]:
    """List the account's custom object schemas

     Send `showFields=all` when about to add fields, so that fields marked for deletion (`status:
    marked_for_deletion`) are listed and their ids not reused.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        show_fields (str | Unset):
        filters_created_timestamp_gt (str | Unset):
        filters_updated_timestamp_gt (str | Unset):
        orders_created_timestamp (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_updated_timestamp (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectSchemaList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        show_fields=show_fields,
        filters_created_timestamp_gt=filters_created_timestamp_gt,
        filters_updated_timestamp_gt=filters_updated_timestamp_gt,
        orders_created_timestamp=orders_created_timestamp,
        orders_updated_timestamp=orders_updated_timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    show_fields: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
    orders_created_timestamp: SortDirection | Unset = UNSET,
    orders_updated_timestamp: SortDirection | Unset = UNSET,
) -> CustomObjectSchemaList | ErrorResponse | None:
    """List the account's custom object schemas

     Send `showFields=all` when about to add fields, so that fields marked for deletion (`status:
    marked_for_deletion`) are listed and their ids not reused.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        show_fields (str | Unset):
        filters_created_timestamp_gt (str | Unset):
        filters_updated_timestamp_gt (str | Unset):
        orders_created_timestamp (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_updated_timestamp (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectSchemaList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            show_fields=show_fields,
            filters_created_timestamp_gt=filters_created_timestamp_gt,
            filters_updated_timestamp_gt=filters_updated_timestamp_gt,
            orders_created_timestamp=orders_created_timestamp,
            orders_updated_timestamp=orders_updated_timestamp,
        )
    ).parsed
