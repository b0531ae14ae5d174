from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...models.custom_object_schema_write_request import CustomObjectSchemaWriteRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: CustomObjectSchemaWriteRequest,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(validate_only, Unset):
        headers["validateOnly"] = "true" if validate_only else "false"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/customObjects/schemas/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectSchemaEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomObjectSchemaEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

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
) -> Response[CustomObjectSchemaEnvelope | ErrorResponse]:
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
    body: CustomObjectSchemaWriteRequest,
    validate_only: bool | Unset = UNSET,
) -> Response[CustomObjectSchemaEnvelope | ErrorResponse]:
    """Update a schema's labels or icon, or add fields and relationships

     Fields can be added but not removed here; use `deleteCustomObjectSchemaField`. The reference names
    the path parameter `schemaId` for this method only; it is the schema's id. The reference also lists
    a `showFields` query parameter for this method; it is not described here yet.

    Args:
        id (str):
        validate_only (bool | Unset):
        body (CustomObjectSchemaWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectSchemaEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        validate_only=validate_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectSchemaWriteRequest,
    validate_only: bool | Unset = UNSET,
) -> CustomObjectSchemaEnvelope | ErrorResponse | None:
    """Update a schema's labels or icon, or add fields and relationships

     Fields can be added but not removed here; use `deleteCustomObjectSchemaField`. The reference names
    the path parameter `schemaId` for this method only; it is the schema's id. The reference also lists
    a `showFields` query parameter for this method; it is not described here yet.

    Args:
        id (str):
        validate_only (bool | Unset):
        body (CustomObjectSchemaWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectSchemaEnvelope | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectSchemaWriteRequest,
    validate_only: bool | Unset = UNSET,
) -> Response[CustomObjectSchemaEnvelope | ErrorResponse]:
    """Update a schema's labels or icon, or add fields and relationships

     Fields can be added but not removed here; use `deleteCustomObjectSchemaField`. The reference names
    the path parameter `schemaId` for this method only; it is the schema's id. The reference also lists
    a `showFields` query parameter for this method; it is not described here yet.

    Args:
        id (str):
        validate_only (bool | Unset):
        body (CustomObjectSchemaWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectSchemaEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        validate_only=validate_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectSchemaWriteRequest,
    validate_only: bool | Unset = UNSET,
) -> CustomObjectSchemaEnvelope | ErrorResponse | None:
    """Update a schema's labels or icon, or add fields and relationships

     Fields can be added but not removed here; use `deleteCustomObjectSchemaField`. The reference names
    the path parameter `schemaId` for this method only; it is the schema's id. The reference also lists
    a `showFields` query parameter for this method; it is not described here yet.

    Args:
        id (str):
        validate_only (bool | Unset):
        body (CustomObjectSchemaWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectSchemaEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            validate_only=validate_only,
        )
    ).parsed
