from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_list import CampaignList
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    orders_sdate: SortDirection | Unset = UNSET,
    orders_ldate: SortDirection | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    filters_list_id: str | Unset = UNSET,
    filters_automation: str | Unset = UNSET,
    filters_willrecur: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_id: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_orders_sdate: str | Unset = UNSET
    if not isinstance(orders_sdate, Unset):
        json_orders_sdate = orders_sdate

    params["orders[sdate]"] = json_orders_sdate

    json_orders_ldate: str | Unset = UNSET
    if not isinstance(orders_ldate, Unset):
        json_orders_ldate = orders_ldate

    params["orders[ldate]"] = json_orders_ldate

    params["filters[seriesid]"] = filters_seriesid

    params["filters[type]"] = filters_type

    params["filters[list_id]"] = filters_list_id

    params["filters[automation]"] = filters_automation

    params["filters[willrecur]"] = filters_willrecur

    params["filters[label_name]"] = filters_label_name

    params["filters[name]"] = filters_name

    params["filters[id]"] = filters_id

    params["filters[status]"] = filters_status

    json_orders_mdate: str | Unset = UNSET
    if not isinstance(orders_mdate, Unset):
        json_orders_mdate = orders_mdate

    params["orders[mdate]"] = json_orders_mdate

    json_orders_status: str | Unset = UNSET
    if not isinstance(orders_status, Unset):
        json_orders_status = orders_status

    params["orders[status]"] = json_orders_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignList.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(msgspec.json.decode(response.content))

        return response_400

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
) -> Response[CampaignList | ErrorResponse]:
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
    orders_sdate: SortDirection | Unset = UNSET,
    orders_ldate: SortDirection | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    filters_list_id: str | Unset = UNSET,
    filters_automation: str | Unset = UNSET,
    filters_willrecur: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_id: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
) -> Response[CampaignList | ErrorResponse]:
    """List campaigns, optionally those of one automation

    Args:
        limit (int | Unset):
        offset (int | Unset):
        orders_sdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_ldate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        filters_seriesid (str | Unset):
        filters_type (str | Unset):
        filters_list_id (str | Unset):
        filters_automation (str | Unset):
        filters_willrecur (str | Unset):
        filters_label_name (str | Unset):
        filters_name (str | Unset):
        filters_id (str | Unset):
        filters_status (str | Unset):
        orders_mdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        orders_sdate=orders_sdate,
        orders_ldate=orders_ldate,
        filters_seriesid=filters_seriesid,
        filters_type=filters_type,
        filters_list_id=filters_list_id,
        filters_automation=filters_automation,
        filters_willrecur=filters_willrecur,
        filters_label_name=filters_label_name,
        filters_name=filters_name,
        filters_id=filters_id,
        filters_status=filters_status,
        orders_mdate=orders_mdate,
        orders_status=orders_status,
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
    orders_sdate: SortDirection | Unset = UNSET,
    orders_ldate: SortDirection | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    filters_list_id: str | Unset = UNSET,
    filters_automation: str | Unset = UNSET,
    filters_willrecur: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_id: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
) -> CampaignList | ErrorResponse | None:
    """List campaigns, optionally those of one automation

    Args:
        limit (int | Unset):
        offset (int | Unset):
        orders_sdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_ldate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        filters_seriesid (str | Unset):
        filters_type (str | Unset):
        filters_list_id (str | Unset):
        filters_automation (str | Unset):
        filters_willrecur (str | Unset):
        filters_label_name (str | Unset):
        filters_name (str | Unset):
        filters_id (str | Unset):
        filters_status (str | Unset):
        orders_mdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        orders_sdate=orders_sdate,
        orders_ldate=orders_ldate,
        filters_seriesid=filters_seriesid,
        filters_type=filters_type,
        filters_list_id=filters_list_id,
        filters_automation=filters_automation,
        filters_willrecur=filters_willrecur,
        filters_label_name=filters_label_name,
        filters_name=filters_name,
        filters_id=filters_id,
        filters_status=filters_status,
        orders_mdate=orders_mdate,
        orders_status=orders_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    orders_sdate: SortDirection | Unset = UNSET,
    orders_ldate: SortDirection | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    filters_list_id: str | Unset = UNSET,
    filters_automation: str | Unset = UNSET,
    filters_willrecur: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_id: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
) -> Response[CampaignList | ErrorResponse]:
    """List campaigns, optionally those of one automation

    Args:
        limit (int | Unset):
        offset (int | Unset):
        orders_sdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_ldate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        filters_seriesid (str | Unset):
        filters_type (str | Unset):
        filters_list_id (str | Unset):
        filters_automation (str | Unset):
        filters_willrecur (str | Unset):
        filters_label_name (str | Unset):
        filters_name (str | Unset):
        filters_id (str | Unset):
        filters_status (str | Unset):
        orders_mdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        orders_sdate=orders_sdate,
        orders_ldate=orders_ldate,
        filters_seriesid=filters_seriesid,
        filters_type=filters_type,
        filters_list_id=filters_list_id,
        filters_automation=filters_automation,
        filters_willrecur=filters_willrecur,
        filters_label_name=filters_label_name,
        filters_name=filters_name,
        filters_id=filters_id,
        filters_status=filters_status,
        orders_mdate=orders_mdate,
        orders_status=orders_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    orders_sdate: SortDirection | Unset = UNSET,
    orders_ldate: SortDirection | Unset = UNSET,
    filters_seriesid: str | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    filters_list_id: str | Unset = UNSET,
    filters_automation: str | Unset = UNSET,
    filters_willrecur: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_id: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
) -> CampaignList | ErrorResponse | None:
    """List campaigns, optionally those of one automation

    Args:
        limit (int | Unset):
        offset (int | Unset):
        orders_sdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_ldate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        filters_seriesid (str | Unset):
        filters_type (str | Unset):
        filters_list_id (str | Unset):
        filters_automation (str | Unset):
        filters_willrecur (str | Unset):
        filters_label_name (str | Unset):
        filters_name (str | Unset):
        filters_id (str | Unset):
        filters_status (str | Unset):
        orders_mdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            orders_sdate=orders_sdate,
            orders_ldate=orders_ldate,
            filters_seriesid=filters_seriesid,
            filters_type=filters_type,
            filters_list_id=filters_list_id,
            filters_automation=filters_automation,
            filters_willrecur=filters_willrecur,
            filters_label_name=filters_label_name,
            filters_name=filters_name,
            filters_id=filters_id,
            filters_status=filters_status,
            orders_mdate=orders_mdate,
            orders_status=orders_status,
        )
    ).parsed
