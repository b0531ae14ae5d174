from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_record_list import CustomObjectRecordList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    schema_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_relationships_primary_contact_eq: str | Unset = UNSET,
    filters_relationships_account_eq: str | Unset = UNSET,
    filters_relationships_deal_eq: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[relationships.primary-contact][eq]"] = filters_relationships_primary_contact_eq

    params["filters[relationships.account][eq]"] = filters_relationships_account_eq

    params["filters[relationships.deal][eq]"] = filters_relationships_deal_eq

    params["filters[createdTimestamp][gt]"] = filters_created_timestamp_gt

    params["filters[updatedTimestamp][gt]"] = filters_updated_timestamp_gt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customObjects/records/{schema_id}".format(
            schema_id=quote(str(schema_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectRecordList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomObjectRecordList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[CustomObjectRecordList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_relationships_primary_contact_eq: str | Unset = UNSET,
    filters_relationships_account_eq: str | Unset = UNSET,
    filters_relationships_deal_eq: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
) -> Response[CustomObjectRecordList | ErrorResponse]:
    """List the records of a schema

     Records related to one contact can be selected with `filters[relationships.<relationship
    id>][eq]=<contact id>`; the parameter's name depends on the schema, so it is not listed here.

    Args:
        schema_id (str):
        limit (int | Unset):
        offset (int | Unset):
        filters_relationships_primary_contact_eq (str | Unset):
        filters_relationships_account_eq (str | Unset):
        filters_relationships_deal_eq (str | Unset):
        filters_created_timestamp_gt (str | Unset):
        filters_updated_timestamp_gt (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectRecordList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        schema_id=schema_id,
        limit=limit,
        offset=offset,
        filters_relationships_primary_contact_eq=filters_relationships_primary_contact_eq,
        filters_relationships_account_eq=filters_relationships_account_eq,
        filters_relationships_deal_eq=filters_relationships_deal_eq,
        filters_created_timestamp_gt=filters_created_timestamp_gt,
        filters_updated_timestamp_gt=filters_updated_timestamp_gt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_relationships_primary_contact_eq: str | Unset = UNSET,
    filters_relationships_account_eq: str | Unset = UNSET,
    filters_relationships_deal_eq: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
) -> CustomObjectRecordList | ErrorResponse | None:
    """List the records of a schema

     Records related to one contact can be selected with `filters[relationships.<relationship
    id>][eq]=<contact id>`; the parameter's name depends on the schema, so it is not listed here.

    Args:
        schema_id (str):
        limit (int | Unset):
        offset (int | Unset):
        filters_relationships_primary_contact_eq (str | Unset):
        filters_relationships_account_eq (str | Unset):
        filters_relationships_deal_eq (str | Unset):
        filters_created_timestamp_gt (str | Unset):
        filters_updated_timestamp_gt (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectRecordList | ErrorResponse
    """

    return sync_detailed(
        schema_id=schema_id,
        client=client,
        limit=limit,
        offset=offset,
        filters_relationships_primary_contact_eq=filters_relationships_primary_contact_eq,
        filters_relationships_account_eq=filters_relationships_account_eq,
        filters_relationships_deal_eq=filters_relationships_deal_eq,
        filters_created_timestamp_gt=filters_created_timestamp_gt,
        filters_updated_timestamp_gt=filters_updated_timestamp_gt,
    ).parsed


async def asyncio_detailed(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_relationships_primary_contact_eq: str | Unset = UNSET,
    filters_relationships_account_eq: str | Unset = UNSET,
    filters_relationships_deal_eq: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
) -> Response[CustomObjectRecordList | ErrorResponse]:
    """List the records of a schema

     Records related to one contact can be selected with `filters[relationships.<relationship
    id>][eq]=<contact id>`; the parameter's name depends on the schema, so it is not listed here.

    Args:
        schema_id (str):
        limit (int | Unset):
        offset (int | Unset):
        filters_relationships_primary_contact_eq (str | Unset):
        filters_relationships_account_eq (str | Unset):
        filters_relationships_deal_eq (str | Unset):
        filters_created_timestamp_gt (str | Unset):
        filters_updated_timestamp_gt (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectRecordList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        schema_id=schema_id,
        limit=limit,
        offset=offset,
        filters_relationships_primary_contact_eq=filters_relationships_primary_contact_eq,
        filters_relationships_account_eq=filters_relationships_account_eq,
        filters_relationships_deal_eq=filters_relationships_deal_eq,
        filters_created_timestamp_gt=filters_created_timestamp_gt,
        filters_updated_timestamp_gt=filters_updated_timestamp_gt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_relationships_primary_contact_eq: str | Unset = UNSET,
    filters_relationships_account_eq: str | Unset = UNSET,
    filters_relationships_deal_eq: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
) -> CustomObjectRecordList | ErrorResponse | None:
    """List the records of a schema

     Records related to one contact can be selected with `filters[relationships.<relationship
    id>][eq]=<contact id>`; the parameter's name depends on the schema, so it is not listed here.

    Args:
        schema_id (str):
        limit (int | Unset):
        offset (int | Unset):
        filters_relationships_primary_contact_eq (str | Unset):
        filters_relationships_account_eq (str | Unset):
        filters_relationships_deal_eq (str | Unset):
        filters_created_timestamp_gt (str | Unset):
        filters_updated_timestamp_gt (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectRecordList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            schema_id=schema_id,
            client=client,
            limit=limit,
            offset=offset,
            filters_relationships_primary_contact_eq=filters_relationships_primary_contact_eq,
            filters_relationships_account_eq=filters_relationships_account_eq,
            filters_relationships_deal_eq=filters_relationships_deal_eq,
            filters_created_timestamp_gt=filters_created_timestamp_gt,
            filters_updated_timestamp_gt=filters_updated_timestamp_gt,
        )
    ).parsed
