from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.personalization_tag_category import PersonalizationTagCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scope: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope"] = scope

    params["campaignId"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stripo/personalizationTags",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[PersonalizationTagCategory] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = msgspec.json.decode(response.content)
        for response_200_item_data in _response_200:
            response_200_item = PersonalizationTagCategory.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[PersonalizationTagCategory]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
) -> Response[ErrorResponse | list[PersonalizationTagCategory]]:
    """List the personalization tags the email editor offers, by category

    Args:
        scope (str | Unset):
        campaign_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[PersonalizationTagCategory]]
    """

    kwargs = _get_kwargs(
        scope=scope,
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    scope: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
) -> ErrorResponse | list[PersonalizationTagCategory] | None:
    """List the personalization tags the email editor offers, by category

    Args:
        scope (str | Unset):
        campaign_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[PersonalizationTagCategory]
    """

    return sync_detailed(
        client=client,
        scope=scope,
        campaign_id=campaign_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
) -> Response[ErrorResponse | list[PersonalizationTagCategory]]:
    """List the personalization tags the email editor offers, by category

    Args:
        scope (str | Unset):
        campaign_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[PersonalizationTagCategory]]
    """

    kwargs = _get_kwargs(
        scope=scope,
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    scope: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
) -> ErrorResponse | list[PersonalizationTagCategory] | None:
    """List the personalization tags the email editor offers, by category

    Args:
        scope (str | Unset):
        campaign_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[PersonalizationTagCategory]
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            campaign_id=campaign_id,
        )
    ).parsed
