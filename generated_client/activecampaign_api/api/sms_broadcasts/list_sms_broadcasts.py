import datetime
from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_broadcast_list import SmsBroadcastList
from ...models.sms_broadcast_status import SmsBroadcastStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_status: SmsBroadcastStatus | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[name]"] = filters_name

    json_filters_status: str | Unset = UNSET
    if not isinstance(filters_status, Unset):
        json_filters_status = filters_status

    params["filters[status]"] = json_filters_status

    params["filters[type]"] = filters_type

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/broadcasts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsBroadcastList | None:
    if response.status_code == 200:
        response_200 = SmsBroadcastList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ErrorResponse | SmsBroadcastList]:
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
    filters_name: str | Unset = UNSET,
    filters_status: SmsBroadcastStatus | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | SmsBroadcastList]:
    """List SMS broadcasts

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_name (str | Unset):
        filters_status (SmsBroadcastStatus | Unset): Where a broadcast is in its life.
        filters_type (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsBroadcastList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_name=filters_name,
        filters_status=filters_status,
        filters_type=filters_type,
        start_date=start_date,
        end_date=end_date,
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
    filters_name: str | Unset = UNSET,
    filters_status: SmsBroadcastStatus | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | SmsBroadcastList | None:
    """List SMS broadcasts

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_name (str | Unset):
        filters_status (SmsBroadcastStatus | Unset): Where a broadcast is in its life.
        filters_type (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsBroadcastList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filters_name=filters_name,
        filters_status=filters_status,
        filters_type=filters_type,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_status: SmsBroadcastStatus | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | SmsBroadcastList]:
    """List SMS broadcasts

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_name (str | Unset):
        filters_status (SmsBroadcastStatus | Unset): Where a broadcast is in its life.
        filters_type (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsBroadcastList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_name=filters_name,
        filters_status=filters_status,
        filters_type=filters_type,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_status: SmsBroadcastStatus | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | SmsBroadcastList | None:
    """List SMS broadcasts

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_name (str | Unset):
        filters_status (SmsBroadcastStatus | Unset): Where a broadcast is in its life.
        filters_type (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsBroadcastList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_status=filters_status,
            filters_type=filters_type,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
