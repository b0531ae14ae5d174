from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deal_bulk_update_request import DealBulkUpdateRequest
from ...models.deal_bulk_update_result import DealBulkUpdateResult
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DealBulkUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/deals/bulkUpdate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DealBulkUpdateResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DealBulkUpdateResult.from_dict(msgspec.json.decode(response.content))

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
) -> Response[DealBulkUpdateResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DealBulkUpdateRequest,
) -> Response[DealBulkUpdateResult | ErrorResponse]:
    """Change the owner of several deals at once

     Each entry names a deal and its new owner. The answer sorts the deal ids into changed (`success`),
    already owned by that user (`nochange`) and `failed`. A missing `ownerId` or an unknown owner fails
    the whole call with 422.

    Args:
        body (DealBulkUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealBulkUpdateResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DealBulkUpdateRequest,
) -> DealBulkUpdateResult | ErrorResponse | None:
    """Change the owner of several deals at once

     Each entry names a deal and its new owner. The answer sorts the deal ids into changed (`success`),
    already owned by that user (`nochange`) and `failed`. A missing `ownerId` or an unknown owner fails
    the whole call with 422.

    Args:
        body (DealBulkUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealBulkUpdateResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DealBulkUpdateRequest,
) -> Response[DealBulkUpdateResult | ErrorResponse]:
    """Change the owner of several deals at once

     Each entry names a deal and its new owner. The answer sorts the deal ids into changed (`success`),
    already owned by that user (`nochange`) and `failed`. A missing `ownerId` or an unknown owner fails
    the whole call with 422.

    Args:
        body (DealBulkUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealBulkUpdateResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DealBulkUpdateRequest,
) -> DealBulkUpdateResult | ErrorResponse | None:
    """Change the owner of several deals at once

     Each entry names a deal and its new owner. The answer sorts the deal ids into changed (`success`),
    already owned by that user (`nochange`) and `failed`. A missing `ownerId` or an unknown owner fails
    the whole call with 422.

    Args:
        body (DealBulkUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealBulkUpdateResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
