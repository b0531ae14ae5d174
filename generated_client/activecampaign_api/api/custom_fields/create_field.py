from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.field_create_request import FieldCreateRequest
from ...models.field_envelope import FieldEnvelope
from ...models.field_list import FieldList
from ...types import Response


def _get_kwargs(
    *,
    body: FieldCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fields",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FieldEnvelope | FieldList | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FieldEnvelope | FieldList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FieldEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = FieldList.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:

        def _parse_response_201(data: object) -> FieldEnvelope | FieldList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = FieldEnvelope.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = FieldList.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(msgspec.json.decode(response.content))

        return response_201

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
) -> Response[ErrorResponse | FieldEnvelope | FieldList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FieldCreateRequest,
) -> Response[ErrorResponse | FieldEnvelope | FieldList]:
    """Create a custom contact field

     Creates the field. The reference's example answer to this call is a field listing (`fields` +
    `meta`) rather than the single `field`, so both shapes are accepted.

    Args:
        body (FieldCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldEnvelope | FieldList]
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
    body: FieldCreateRequest,
) -> ErrorResponse | FieldEnvelope | FieldList | None:
    """Create a custom contact field

     Creates the field. The reference's example answer to this call is a field listing (`fields` +
    `meta`) rather than the single `field`, so both shapes are accepted.

    Args:
        body (FieldCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldEnvelope | FieldList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FieldCreateRequest,
) -> Response[ErrorResponse | FieldEnvelope | FieldList]:
    """Create a custom contact field

     Creates the field. The reference's example answer to this call is a field listing (`fields` +
    `meta`) rather than the single `field`, so both shapes are accepted.

    Args:
        body (FieldCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldEnvelope | FieldList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FieldCreateRequest,
) -> ErrorResponse | FieldEnvelope | FieldList | None:
    """Create a custom contact field

     Creates the field. The reference's example answer to this call is a field listing (`fields` +
    `meta`) rather than the single `field`, so both shapes are accepted.

    Args:
        body (FieldCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldEnvelope | FieldList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
