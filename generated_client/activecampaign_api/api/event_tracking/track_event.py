from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.tracked_event_request import TrackedEventRequest
from ...models.tracked_event_result import TrackedEventResult
from ...types import Response


def _get_kwargs(
    *,
    body: TrackedEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/event",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyObject | TrackedEventResult | None:
    if response.status_code == 200:
        response_200 = TrackedEventResult.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = EmptyObject.from_dict(msgspec.json.decode(response.content))

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyObject | TrackedEventResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrackedEventRequest,
) -> Response[EmptyObject | TrackedEventResult]:
    """Record a custom event for a contact

     Served by the tracking host https://trackcmp.net, not the account's API host, and authenticated by
    the account's event key: `actid` and `key` (Settings > Tracking > Event Tracking) travel in the
    form-encoded body. The `Api-Token` must never be sent to this host. The event name must exist (`POST
    /eventTrackingEvents`) unless the account creates events on first use. `success` is 0 with a
    `message` when the key or the contact is wrong, still with status 200.

    Args:
        body (TrackedEventRequest): One event, form-encoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyObject | TrackedEventResult]
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
    body: TrackedEventRequest,
) -> EmptyObject | TrackedEventResult | None:
    """Record a custom event for a contact

     Served by the tracking host https://trackcmp.net, not the account's API host, and authenticated by
    the account's event key: `actid` and `key` (Settings > Tracking > Event Tracking) travel in the
    form-encoded body. The `Api-Token` must never be sent to this host. The event name must exist (`POST
    /eventTrackingEvents`) unless the account creates events on first use. `success` is 0 with a
    `message` when the key or the contact is wrong, still with status 200.

    Args:
        body (TrackedEventRequest): One event, form-encoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyObject | TrackedEventResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrackedEventRequest,
) -> Response[EmptyObject | TrackedEventResult]:
    """Record a custom event for a contact

     Served by the tracking host https://trackcmp.net, not the account's API host, and authenticated by
    the account's event key: `actid` and `key` (Settings > Tracking > Event Tracking) travel in the
    form-encoded body. The `Api-Token` must never be sent to this host. The event name must exist (`POST
    /eventTrackingEvents`) unless the account creates events on first use. `success` is 0 with a
    `message` when the key or the contact is wrong, still with status 200.

    Args:
        body (TrackedEventRequest): One event, form-encoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyObject | TrackedEventResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TrackedEventRequest,
) -> EmptyObject | TrackedEventResult | None:
    """Record a custom event for a contact

     Served by the tracking host https://trackcmp.net, not the account's API host, and authenticated by
    the account's event key: `actid` and `key` (Settings > Tracking > Event Tracking) travel in the
    form-encoded body. The `Api-Token` must never be sent to this host. The event name must exist (`POST
    /eventTrackingEvents`) unless the account creates events on first use. `success` is 0 with a
    `message` when the key or the contact is wrong, still with status 200.

    Args:
        body (TrackedEventRequest): One event, form-encoded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyObject | TrackedEventResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
