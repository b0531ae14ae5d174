from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_activity_list import MessageActivityList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
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
        "url": "/campaigns/{id}/messageActivities".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageActivityList | None:
    if response.status_code == 200:
        response_200 = MessageActivityList.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_404

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
) -> Response[ErrorResponse | MessageActivityList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | MessageActivityList]:
    """List open and click events of one campaign

     Undocumented: called by ji282h7/activecampaign-claw (`scripts/campaign_postmortem.py`). Items are
    shaped like those of `GET /messageActivities`.

    Args:
        id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageActivityList]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorResponse | MessageActivityList | None:
    """List open and click events of one campaign

     Undocumented: called by ji282h7/activecampaign-claw (`scripts/campaign_postmortem.py`). Items are
    shaped like those of `GET /messageActivities`.

    Args:
        id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageActivityList
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | MessageActivityList]:
    """List open and click events of one campaign

     Undocumented: called by ji282h7/activecampaign-claw (`scripts/campaign_postmortem.py`). Items are
    shaped like those of `GET /messageActivities`.

    Args:
        id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageActivityList]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorResponse | MessageActivityList | None:
    """List open and click events of one campaign

     Undocumented: called by ji282h7/activecampaign-claw (`scripts/campaign_postmortem.py`). Items are
    shaped like those of `GET /messageActivities`.

    Args:
        id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageActivityList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
