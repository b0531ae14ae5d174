from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_ai_request_accepted import SmsAiRequestAccepted
from ...models.sms_ai_rewrite_request import SmsAiRewriteRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SmsAiRewriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sms/broadcasts/ai",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsAiRequestAccepted | None:
    if response.status_code == 200:
        response_200 = SmsAiRequestAccepted.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ErrorResponse | SmsAiRequestAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsAiRewriteRequest,
) -> Response[ErrorResponse | SmsAiRequestAccepted]:
    """Ask the AI assistant to rewrite an existing SMS broadcast

     Asynchronous, like the draft request: poll `GET /sms/broadcasts/ai/{id}` with the request id it
    answers with.

    Args:
        body (SmsAiRewriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsAiRequestAccepted]
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
    body: SmsAiRewriteRequest,
) -> ErrorResponse | SmsAiRequestAccepted | None:
    """Ask the AI assistant to rewrite an existing SMS broadcast

     Asynchronous, like the draft request: poll `GET /sms/broadcasts/ai/{id}` with the request id it
    answers with.

    Args:
        body (SmsAiRewriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsAiRequestAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsAiRewriteRequest,
) -> Response[ErrorResponse | SmsAiRequestAccepted]:
    """Ask the AI assistant to rewrite an existing SMS broadcast

     Asynchronous, like the draft request: poll `GET /sms/broadcasts/ai/{id}` with the request id it
    answers with.

    Args:
        body (SmsAiRewriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsAiRequestAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsAiRewriteRequest,
) -> ErrorResponse | SmsAiRequestAccepted | None:
    """Ask the AI assistant to rewrite an existing SMS broadcast

     Asynchronous, like the draft request: poll `GET /sms/broadcasts/ai/{id}` with the request id it
    answers with.

    Args:
        body (SmsAiRewriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsAiRequestAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
