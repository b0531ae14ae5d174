from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.inaccessible_pipeline_list import InaccessiblePipelineList
from ...types import UNSET, Response


def _get_kwargs(
    *,
    deal_ids: list[int],
    user_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_deal_ids = deal_ids

    params["dealIds[]"] = json_deal_ids

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealGroup/get_inaccessible_deal_groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InaccessiblePipelineList | None:
    if response.status_code == 200:
        response_200 = InaccessiblePipelineList.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_403

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
) -> Response[ErrorResponse | InaccessiblePipelineList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    deal_ids: list[int],
    user_id: int,
) -> Response[ErrorResponse | InaccessiblePipelineList]:
    """List the pipelines of the given deals that a user may not access

    Args:
        deal_ids (list[int]):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InaccessiblePipelineList]
    """

    kwargs = _get_kwargs(
        deal_ids=deal_ids,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    deal_ids: list[int],
    user_id: int,
) -> ErrorResponse | InaccessiblePipelineList | None:
    """List the pipelines of the given deals that a user may not access

    Args:
        deal_ids (list[int]):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InaccessiblePipelineList
    """

    return sync_detailed(
        client=client,
        deal_ids=deal_ids,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    deal_ids: list[int],
    user_id: int,
) -> Response[ErrorResponse | InaccessiblePipelineList]:
    """List the pipelines of the given deals that a user may not access

    Args:
        deal_ids (list[int]):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InaccessiblePipelineList]
    """

    kwargs = _get_kwargs(
        deal_ids=deal_ids,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    deal_ids: list[int],
    user_id: int,
) -> ErrorResponse | InaccessiblePipelineList | None:
    """List the pipelines of the given deals that a user may not access

    Args:
        deal_ids (list[int]):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InaccessiblePipelineList
    """

    return (
        await asyncio_detailed(
            client=client,
            deal_ids=deal_ids,
            user_id=user_id,
        )
    ).parsed
