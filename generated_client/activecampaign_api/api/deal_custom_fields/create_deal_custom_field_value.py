from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deal_custom_field_value_create_request import DealCustomFieldValueCreateRequest
from ...models.deal_custom_field_value_envelope import DealCustomFieldValueEnvelope
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DealCustomFieldValueCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealCustomFieldData",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DealCustomFieldValueEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DealCustomFieldValueEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = DealCustomFieldValueEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

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
) -> Response[DealCustomFieldValueEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DealCustomFieldValueCreateRequest,
) -> Response[DealCustomFieldValueEnvelope | ErrorResponse]:
    """Store a custom field value on a deal

    Args:
        body (DealCustomFieldValueCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealCustomFieldValueEnvelope | ErrorResponse]
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
    body: DealCustomFieldValueCreateRequest,
) -> DealCustomFieldValueEnvelope | ErrorResponse | None:
    """Store a custom field value on a deal

    Args:
        body (DealCustomFieldValueCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealCustomFieldValueEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DealCustomFieldValueCreateRequest,
) -> Response[DealCustomFieldValueEnvelope | ErrorResponse]:
    """Store a custom field value on a deal

    Args:
        body (DealCustomFieldValueCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealCustomFieldValueEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DealCustomFieldValueCreateRequest,
) -> DealCustomFieldValueEnvelope | ErrorResponse | None:
    """Store a custom field value on a deal

    Args:
        body (DealCustomFieldValueCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealCustomFieldValueEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
