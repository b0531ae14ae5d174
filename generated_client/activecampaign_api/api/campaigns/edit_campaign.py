from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_errors import CampaignErrors
from ...models.campaign_settings import CampaignSettings
from ...models.campaign_settings_input import CampaignSettingsInput
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: CampaignSettingsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/campaigns/{id}/edit".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignErrors | CampaignSettings | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignSettings.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = CampaignErrors.from_dict(msgspec.json.decode(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_404

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
) -> Response[CampaignErrors | CampaignSettings | ErrorResponse]:
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
    body: CampaignSettingsInput,
) -> Response[CampaignErrors | CampaignSettings | ErrorResponse]:
    """Change a draft campaign's settings

     Only the attributes sent change. The published reference shows no response for this call; the
    declared one (the id with the settings, as the create call answers) is inferred.

    Args:
        id (str):
        body (CampaignSettingsInput): Draft campaign settings to change. The body is not wrapped;
            send only what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignErrors | CampaignSettings | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignSettingsInput,
) -> CampaignErrors | CampaignSettings | ErrorResponse | None:
    """Change a draft campaign's settings

     Only the attributes sent change. The published reference shows no response for this call; the
    declared one (the id with the settings, as the create call answers) is inferred.

    Args:
        id (str):
        body (CampaignSettingsInput): Draft campaign settings to change. The body is not wrapped;
            send only what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignErrors | CampaignSettings | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignSettingsInput,
) -> Response[CampaignErrors | CampaignSettings | ErrorResponse]:
    """Change a draft campaign's settings

     Only the attributes sent change. The published reference shows no response for this call; the
    declared one (the id with the settings, as the create call answers) is inferred.

    Args:
        id (str):
        body (CampaignSettingsInput): Draft campaign settings to change. The body is not wrapped;
            send only what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignErrors | CampaignSettings | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignSettingsInput,
) -> CampaignErrors | CampaignSettings | ErrorResponse | None:
    """Change a draft campaign's settings

     Only the attributes sent change. The published reference shows no response for this call; the
    declared one (the id with the settings, as the create call answers) is inferred.

    Args:
        id (str):
        body (CampaignSettingsInput): Draft campaign settings to change. The body is not wrapped;
            send only what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignErrors | CampaignSettings | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
