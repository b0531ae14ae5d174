from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.whatsapp_template_page import WhatsappTemplatePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    category: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["category"] = category

    params["status"] = status

    params["channel"] = channel

    params["ordering"] = ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel/whatsapp/channels/whatsapp/template",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WhatsappTemplatePage | None:
    if response.status_code == 200:
        response_200 = WhatsappTemplatePage.from_dict(msgspec.json.decode(response.content))

        return response_200

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
) -> Response[ErrorResponse | WhatsappTemplatePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    category: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> Response[ErrorResponse | WhatsappTemplatePage]:
    """List WhatsApp message templates

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        category (str | Unset):
        status (str | Unset):
        channel (int | Unset):
        ordering (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WhatsappTemplatePage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        category=category,
        status=status,
        channel=channel,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    category: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> ErrorResponse | WhatsappTemplatePage | None:
    """List WhatsApp message templates

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        category (str | Unset):
        status (str | Unset):
        channel (int | Unset):
        ordering (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WhatsappTemplatePage
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        search=search,
        category=category,
        status=status,
        channel=channel,
        ordering=ordering,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    category: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> Response[ErrorResponse | WhatsappTemplatePage]:
    """List WhatsApp message templates

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        category (str | Unset):
        status (str | Unset):
        channel (int | Unset):
        ordering (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WhatsappTemplatePage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        category=category,
        status=status,
        channel=channel,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    category: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
) -> ErrorResponse | WhatsappTemplatePage | None:
    """List WhatsApp message templates

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        category (str | Unset):
        status (str | Unset):
        channel (int | Unset):
        ordering (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WhatsappTemplatePage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            search=search,
            category=category,
            status=status,
            channel=channel,
            ordering=ordering,
        )
    ).parsed
