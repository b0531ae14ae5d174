from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    schema_id: str,
    field_id: str,
    *,
    show_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["showFields"] = show_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customObjects/schemas/{schema_id}/fields/{field_id}".format(
            schema_id=quote(str(schema_id), safe=""),
            field_id=quote(str(field_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectSchemaEnvelope | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = CustomObjectSchemaEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_400

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
) -> Response[CustomObjectSchemaEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schema_id: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_fields: str | Unset = UNSET,
) -> Response[CustomObjectSchemaEnvelope | ErrorResponse]:
    """Delete a field of a schema, irreversibly

     Answers 202 with the schema; the field's data on records is unavailable at once and the field is
    listed with `status: marked_for_deletion` until it is purged.

    Args:
        schema_id (str):
        field_id (str):
        show_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectSchemaEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        schema_id=schema_id,
        field_id=field_id,
        show_fields=show_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schema_id: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_fields: str | Unset = UNSET,
) -> CustomObjectSchemaEnvelope | ErrorResponse | None:
    """Delete a field of a schema, irreversibly

     Answers 202 with the schema; the field's data on records is unavailable at once and the field is
    listed with `status: marked_for_deletion` until it is purged.

    Args:
        schema_id (str):
        field_id (str):
        show_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectSchemaEnvelope | ErrorResponse
    """

    return sync_detailed(
        schema_id=schema_id,
        field_id=field_id,
        client=client,
        show_fields=show_fields,
    ).parsed


async def asyncio_detailed(
    schema_id: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_fields: str | Unset = UNSET,
) -> Response[CustomObjectSchemaEnvelope | ErrorResponse]:
    """Delete a field of a schema, irreversibly

     Answers 202 with the schema; the field's data on records is unavailable at once and the field is
    listed with `status: marked_for_deletion` until it is purged.

    Args:
        schema_id (str):
        field_id (str):
        show_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectSchemaEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        schema_id=schema_id,
        field_id=field_id,
        show_fields=show_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schema_id: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
    show_fields: str | Unset = UNSET,
) -> CustomObjectSchemaEnvelope | ErrorResponse | None:
    """Delete a field of a schema, irreversibly

     Answers 202 with the schema; the field's data on records is unavailable at once and the field is
    listed with `status: marked_for_deletion` until it is purged.

    Args:
        schema_id (str):
        field_id (str):
        show_fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectSchemaEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            schema_id=schema_id,
            field_id=field_id,
            client=client,
            show_fields=show_fields,
        )
    ).parsed
