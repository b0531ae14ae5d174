from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_bulk_delete_result import AccountBulkDeleteResult
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ids: list[int],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids = ids

    params["ids[]"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/bulk_delete",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountBulkDeleteResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountBulkDeleteResult.from_dict(msgspec.json.decode(response.content))

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
) -> Response[AccountBulkDeleteResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
) -> Response[AccountBulkDeleteResult | ErrorResponse]:
    """Delete several accounts at once

    Args:
        ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBulkDeleteResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
) -> AccountBulkDeleteResult | ErrorResponse | None:
    """Delete several accounts at once

    Args:
        ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBulkDeleteResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
) -> Response[AccountBulkDeleteResult | ErrorResponse]:
    """Delete several accounts at once

    Args:
        ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBulkDeleteResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
) -> AccountBulkDeleteResult | ErrorResponse | None:
    """Delete several accounts at once

    Args:
        ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBulkDeleteResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
        )
    ).parsed
