from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.whatsapp_flow_execution_contact_page import WhatsappFlowExecutionContactPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    flow_execution: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["contact"] = contact

    params["flow"] = flow

    params["flow_execution"] = flow_execution

    params["is_active"] = is_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel/whatsapp/flow-execution-contact",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WhatsappFlowExecutionContactPage | None:
    if response.status_code == 200:
        response_200 = WhatsappFlowExecutionContactPage.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ErrorResponse | WhatsappFlowExecutionContactPage]:
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
    contact: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    flow_execution: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> Response[ErrorResponse | WhatsappFlowExecutionContactPage]:
    """List contacts' runs through flows

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        contact (str | Unset):
        flow (str | Unset):
        flow_execution (str | Unset):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WhatsappFlowExecutionContactPage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        contact=contact,
        flow=flow,
        flow_execution=flow_execution,
        is_active=is_active,
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
    contact: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    flow_execution: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> ErrorResponse | WhatsappFlowExecutionContactPage | None:
    """List contacts' runs through flows

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        contact (str | Unset):
        flow (str | Unset):
        flow_execution (str | Unset):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WhatsappFlowExecutionContactPage
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        search=search,
        contact=contact,
        flow=flow,
        flow_execution=flow_execution,
        is_active=is_active,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    flow_execution: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> Response[ErrorResponse | WhatsappFlowExecutionContactPage]:
    """List contacts' runs through flows

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        contact (str | Unset):
        flow (str | Unset):
        flow_execution (str | Unset):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WhatsappFlowExecutionContactPage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
        contact=contact,
        flow=flow,
        flow_execution=flow_execution,
        is_active=is_active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    flow: str | Unset = UNSET,
    flow_execution: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
) -> ErrorResponse | WhatsappFlowExecutionContactPage | None:
    """List contacts' runs through flows

    Args:
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        contact (str | Unset):
        flow (str | Unset):
        flow_execution (str | Unset):
        is_active (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WhatsappFlowExecutionContactPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            search=search,
            contact=contact,
            flow=flow,
            flow_execution=flow_execution,
            is_active=is_active,
        )
    ).parsed
