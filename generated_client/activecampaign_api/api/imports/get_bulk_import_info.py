from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_import_failure import BulkImportFailure
from ...models.bulk_import_info import BulkImportInfo
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    batch_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["batchId"] = batch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/import/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkImportFailure | BulkImportInfo | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BulkImportInfo.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = BulkImportFailure.from_dict(msgspec.json.decode(response.content))

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
) -> Response[BulkImportFailure | BulkImportInfo | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    batch_id: str,
) -> Response[BulkImportFailure | BulkImportInfo | ErrorResponse]:
    """Report the progress of one import batch

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkImportFailure | BulkImportInfo | ErrorResponse]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    batch_id: str,
) -> BulkImportFailure | BulkImportInfo | ErrorResponse | None:
    """Report the progress of one import batch

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkImportFailure | BulkImportInfo | ErrorResponse
    """

    return sync_detailed(
        client=client,
        batch_id=batch_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    batch_id: str,
) -> Response[BulkImportFailure | BulkImportInfo | ErrorResponse]:
    """Report the progress of one import batch

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkImportFailure | BulkImportInfo | ErrorResponse]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    batch_id: str,
) -> BulkImportFailure | BulkImportInfo | ErrorResponse | None:
    """Report the progress of one import batch

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkImportFailure | BulkImportInfo | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            batch_id=batch_id,
        )
    ).parsed
