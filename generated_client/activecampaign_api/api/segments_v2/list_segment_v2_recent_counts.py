from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.segment_count_history_list import SegmentCountHistoryList
from ...models.segment_errors import SegmentErrors
from ...types import UNSET, Response


def _get_kwargs(
    *,
    segment_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["segmentIds"] = segment_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segmentsV2/count-history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentCountHistoryList | SegmentErrors | None:
    if response.status_code == 200:
        response_200 = SegmentCountHistoryList.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = SegmentErrors.from_dict(msgspec.json.decode(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_401

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
) -> Response[ErrorResponse | SegmentCountHistoryList | SegmentErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    segment_ids: str,
) -> Response[ErrorResponse | SegmentCountHistoryList | SegmentErrors]:
    """The most recent contact count of each of several segments

    Args:
        segment_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentCountHistoryList | SegmentErrors]
    """

    kwargs = _get_kwargs(
        segment_ids=segment_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    segment_ids: str,
) -> ErrorResponse | SegmentCountHistoryList | SegmentErrors | None:
    """The most recent contact count of each of several segments

    Args:
        segment_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentCountHistoryList | SegmentErrors
    """

    return sync_detailed(
        client=client,
        segment_ids=segment_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    segment_ids: str,
) -> Response[ErrorResponse | SegmentCountHistoryList | SegmentErrors]:
    """The most recent contact count of each of several segments

    Args:
        segment_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentCountHistoryList | SegmentErrors]
    """

    kwargs = _get_kwargs(
        segment_ids=segment_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    segment_ids: str,
) -> ErrorResponse | SegmentCountHistoryList | SegmentErrors | None:
    """The most recent contact count of each of several segments

    Args:
        segment_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentCountHistoryList | SegmentErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            segment_ids=segment_ids,
        )
    ).parsed
