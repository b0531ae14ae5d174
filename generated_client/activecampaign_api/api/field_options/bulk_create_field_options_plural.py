from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.field_option_bulk_error import FieldOptionBulkError
from ...models.field_option_bulk_request import FieldOptionBulkRequest
from ...models.field_option_list import FieldOptionList
from ...types import Response


def _get_kwargs(
    *,
    body: FieldOptionBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fieldOptions/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FieldOptionBulkError | FieldOptionList | None:
    if response.status_code == 200:
        response_200 = FieldOptionList.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = FieldOptionList.from_dict(msgspec.json.decode(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = FieldOptionBulkError.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ErrorResponse | FieldOptionBulkError | FieldOptionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FieldOptionBulkRequest,
) -> Response[ErrorResponse | FieldOptionBulkError | FieldOptionList]:
    """Add several options to fields (plural path)

     Undocumented spelling of `POST /fieldOption/bulk`: called by ActiveCampaign's own MCP server (ac-
    mcp-server 0.12, `ac_client.py`). Same body and answer as the documented path.

    Args:
        body (FieldOptionBulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldOptionBulkError | FieldOptionList]
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
    body: FieldOptionBulkRequest,
) -> ErrorResponse | FieldOptionBulkError | FieldOptionList | None:
    """Add several options to fields (plural path)

     Undocumented spelling of `POST /fieldOption/bulk`: called by ActiveCampaign's own MCP server (ac-
    mcp-server 0.12, `ac_client.py`). Same body and answer as the documented path.

    Args:
        body (FieldOptionBulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldOptionBulkError | FieldOptionList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FieldOptionBulkRequest,
) -> Response[ErrorResponse | FieldOptionBulkError | FieldOptionList]:
    """Add several options to fields (plural path)

     Undocumented spelling of `POST /fieldOption/bulk`: called by ActiveCampaign's own MCP server (ac-
    mcp-server 0.12, `ac_client.py`). Same body and answer as the documented path.

    Args:
        body (FieldOptionBulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldOptionBulkError | FieldOptionList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FieldOptionBulkRequest,
) -> ErrorResponse | FieldOptionBulkError | FieldOptionList | None:
    """Add several options to fields (plural path)

     Undocumented spelling of `POST /fieldOption/bulk`: called by ActiveCampaign's own MCP server (ac-
    mcp-server 0.12, `ac_client.py`). Same body and answer as the documented path.

    Args:
        body (FieldOptionBulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldOptionBulkError | FieldOptionList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
