from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_data_list import ContactDataList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contactData",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactDataList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactDataList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ContactDataList | ErrorResponse]:
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
) -> Response[ContactDataList | ErrorResponse]:
    """List the geo, analytics and social data of every contact

     Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
    `contact_data`). Items are shaped like the `contactDatum` of `GET /contacts/{id}/contactData`.

    Args:
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactDataList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
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
) -> ContactDataList | ErrorResponse | None:
    """List the geo, analytics and social data of every contact

     Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
    `contact_data`). Items are shaped like the `contactDatum` of `GET /contacts/{id}/contactData`.

    Args:
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactDataList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ContactDataList | ErrorResponse]:
    """List the geo, analytics and social data of every contact

     Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
    `contact_data`). Items are shaped like the `contactDatum` of `GET /contacts/{id}/contactData`.

    Args:
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactDataList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ContactDataList | ErrorResponse | None:
    """List the geo, analytics and social data of every contact

     Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
    `contact_data`). Items are shaped like the `contactDatum` of `GET /contacts/{id}/contactData`.

    Args:
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactDataList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
