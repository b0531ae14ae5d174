from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.request_segment_match_some_instant import (
    RequestSegmentMatchSomeInstant,
)
from ...models.segment_errors import SegmentErrors
from ...models.segment_match_run_list import SegmentMatchRunList
from ...models.segment_match_some_request import SegmentMatchSomeRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    segment_id: str,
    *,
    body: SegmentMatchSomeRequest,
    instant: RequestSegmentMatchSomeInstant | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_instant: str | Unset = UNSET
    if not isinstance(instant, Unset):
        json_instant = instant

    params["instant"] = json_instant

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/segmentMatchSome/{segment_id}".format(
            segment_id=quote(str(segment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentErrors | SegmentMatchRunList | None:
    if response.status_code == 200:
        response_200 = SegmentMatchRunList.from_dict(msgspec.json.decode(response.content))

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

    if response.status_code == 404:
        response_404 = SegmentErrors.from_dict(msgspec.json.decode(response.content))

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
) -> Response[ErrorResponse | SegmentErrors | SegmentMatchRunList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentMatchSomeRequest,
    instant: RequestSegmentMatchSomeInstant | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | SegmentErrors | SegmentMatchRunList]:
    """Start finding up to `limit` contacts that match a segment

     Asynchronous, like match-all but capped: the answer carries the run's `run_id`; poll `GET
    /segmentMatchSome/{segmentId}/{runId}` until `is_ready` is true.

    Args:
        segment_id (str):
        instant (RequestSegmentMatchSomeInstant | Unset):
        page (int | Unset):
        page_size (int | Unset):
        body (SegmentMatchSomeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentErrors | SegmentMatchRunList]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        body=body,
        instant=instant,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentMatchSomeRequest,
    instant: RequestSegmentMatchSomeInstant | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | SegmentErrors | SegmentMatchRunList | None:
    """Start finding up to `limit` contacts that match a segment

     Asynchronous, like match-all but capped: the answer carries the run's `run_id`; poll `GET
    /segmentMatchSome/{segmentId}/{runId}` until `is_ready` is true.

    Args:
        segment_id (str):
        instant (RequestSegmentMatchSomeInstant | Unset):
        page (int | Unset):
        page_size (int | Unset):
        body (SegmentMatchSomeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentErrors | SegmentMatchRunList
    """

    return sync_detailed(
        segment_id=segment_id,
        client=client,
        body=body,
        instant=instant,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentMatchSomeRequest,
    instant: RequestSegmentMatchSomeInstant | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | SegmentErrors | SegmentMatchRunList]:
    """Start finding up to `limit` contacts that match a segment

     Asynchronous, like match-all but capped: the answer carries the run's `run_id`; poll `GET
    /segmentMatchSome/{segmentId}/{runId}` until `is_ready` is true.

    Args:
        segment_id (str):
        instant (RequestSegmentMatchSomeInstant | Unset):
        page (int | Unset):
        page_size (int | Unset):
        body (SegmentMatchSomeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentErrors | SegmentMatchRunList]
    """

    kwargs = _get_kwargs(
        segment_id=segment_id,
        body=body,
        instant=instant,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    segment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentMatchSomeRequest,
    instant: RequestSegmentMatchSomeInstant | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | SegmentErrors | SegmentMatchRunList | None:
    """Start finding up to `limit` contacts that match a segment

     Asynchronous, like match-all but capped: the answer carries the run's `run_id`; poll `GET
    /segmentMatchSome/{segmentId}/{runId}` until `is_ready` is true.

    Args:
        segment_id (str):
        instant (RequestSegmentMatchSomeInstant | Unset):
        page (int | Unset):
        page_size (int | Unset):
        body (SegmentMatchSomeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentErrors | SegmentMatchRunList
    """

    return (
        await asyncio_detailed(
            segment_id=segment_id,
            client=client,
            body=body,
            instant=instant,
            page=page,
            page_size=page_size,
        )
    ).parsed
