import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_sms_broadcast_recipients_filters_deliverability_item import (
    ListSmsBroadcastRecipientsFiltersDeliverabilityItem,
)
from ...models.sms_broadcast_recipient_list import SmsBroadcastRecipientList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_deliverability: list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] | Unset = UNSET,
    filters_engagement: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["search"] = search

    json_filters_deliverability: list[str] | Unset = UNSET
    if not isinstance(filters_deliverability, Unset):
        json_filters_deliverability = []
        for filters_deliverability_item_data in filters_deliverability:
            filters_deliverability_item: str = filters_deliverability_item_data
            json_filters_deliverability.append(filters_deliverability_item)

    params["filters[deliverability][]"] = json_filters_deliverability

    json_filters_engagement: list[str] | Unset = UNSET
    if not isinstance(filters_engagement, Unset):
        json_filters_engagement = filters_engagement

    params["filters[engagement][]"] = json_filters_engagement

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/broadcasts/{id}/recipients".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsBroadcastRecipientList | None:
    if response.status_code == 200:
        response_200 = SmsBroadcastRecipientList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ErrorResponse | SmsBroadcastRecipientList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_deliverability: list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] | Unset = UNSET,
    filters_engagement: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | SmsBroadcastRecipientList]:
    """List the recipients of a broadcast with their delivery and replies

    Args:
        id (int):
        limit (int | Unset):
        offset (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        search (str | Unset):
        filters_deliverability (list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] |
            Unset):
        filters_engagement (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsBroadcastRecipientList]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        start_date=start_date,
        end_date=end_date,
        search=search,
        filters_deliverability=filters_deliverability,
        filters_engagement=filters_engagement,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_deliverability: list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] | Unset = UNSET,
    filters_engagement: list[str] | Unset = UNSET,
) -> ErrorResponse | SmsBroadcastRecipientList | None:
    """List the recipients of a broadcast with their delivery and replies

    Args:
        id (int):
        limit (int | Unset):
        offset (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        search (str | Unset):
        filters_deliverability (list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] |
            Unset):
        filters_engagement (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsBroadcastRecipientList
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        offset=offset,
        start_date=start_date,
        end_date=end_date,
        search=search,
        filters_deliverability=filters_deliverability,
        filters_engagement=filters_engagement,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_deliverability: list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] | Unset = UNSET,
    filters_engagement: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | SmsBroadcastRecipientList]:
    """List the recipients of a broadcast with their delivery and replies

    Args:
        id (int):
        limit (int | Unset):
        offset (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        search (str | Unset):
        filters_deliverability (list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] |
            Unset):
        filters_engagement (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsBroadcastRecipientList]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        start_date=start_date,
        end_date=end_date,
        search=search,
        filters_deliverability=filters_deliverability,
        filters_engagement=filters_engagement,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_deliverability: list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] | Unset = UNSET,
    filters_engagement: list[str] | Unset = UNSET,
) -> ErrorResponse | SmsBroadcastRecipientList | None:
    """List the recipients of a broadcast with their delivery and replies

    Args:
        id (int):
        limit (int | Unset):
        offset (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        search (str | Unset):
        filters_deliverability (list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] |
            Unset):
        filters_engagement (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsBroadcastRecipientList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            offset=offset,
            start_date=start_date,
            end_date=end_date,
            search=search,
            filters_deliverability=filters_deliverability,
            filters_engagement=filters_engagement,
        )
    ).parsed
