from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.url_whitelisting_create_request import UrlWhitelistingCreateRequest
from ...models.url_whitelisting_envelope import UrlWhitelistingEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: UrlWhitelistingCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/prism/urlWhitelistings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UrlWhitelistingEnvelope | None:
    if response.status_code == 200:
        response_200 = UrlWhitelistingEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = UrlWhitelistingEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_409

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
) -> Response[ErrorResponse | UrlWhitelistingEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UrlWhitelistingCreateRequest,
) -> Response[ErrorResponse | UrlWhitelistingEnvelope]:
    """Allow a domain (or one of its pages) for site tracking, conversations or personalization

    Args:
        body (UrlWhitelistingCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UrlWhitelistingEnvelope]
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
    body: UrlWhitelistingCreateRequest,
) -> ErrorResponse | UrlWhitelistingEnvelope | None:
    """Allow a domain (or one of its pages) for site tracking, conversations or personalization

    Args:
        body (UrlWhitelistingCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UrlWhitelistingEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UrlWhitelistingCreateRequest,
) -> Response[ErrorResponse | UrlWhitelistingEnvelope]:
    """Allow a domain (or one of its pages) for site tracking, conversations or personalization

    Args:
        body (UrlWhitelistingCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UrlWhitelistingEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UrlWhitelistingCreateRequest,
) -> ErrorResponse | UrlWhitelistingEnvelope | None:
    """Allow a domain (or one of its pages) for site tracking, conversations or personalization

    Args:
        body (UrlWhitelistingCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UrlWhitelistingEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
