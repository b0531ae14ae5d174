import datetime
from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deal_list import DealList
from ...models.error_response import ErrorResponse
from ...models.list_deals_filters_status import ListDealsFiltersStatus
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_search: str | Unset = UNSET,
    filters_search_field: str | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_stage: str | Unset = UNSET,
    filters_group: str | Unset = UNSET,
    filters_status: ListDealsFiltersStatus | Unset = UNSET,
    filters_owner: str | Unset = UNSET,
    filters_nextdate_range: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_tasktype: str | Unset = UNSET,
    filters_created_before: datetime.date | Unset = UNSET,
    filters_created_after: datetime.date | Unset = UNSET,
    filters_updated_before: datetime.date | Unset = UNSET,
    filters_updated_after: datetime.date | Unset = UNSET,
    filters_organization: str | Unset = UNSET,
    filters_minimum_value: int | Unset = UNSET,
    filters_maximum_value: int | Unset = UNSET,
    filters_score_greater_than: str | Unset = UNSET,
    filters_score_less_than: str | Unset = UNSET,
    filters_score: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
    orders_value: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_contact_name: SortDirection | Unset = UNSET,
    orders_contact_orgname: SortDirection | Unset = UNSET,
    orders_next_action: SortDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[search]"] = filters_search

    params["filters[search_field]"] = filters_search_field

    params["filters[title]"] = filters_title

    params["filters[stage]"] = filters_stage

    params["filters[group]"] = filters_group

    json_filters_status: int | Unset = UNSET
    if not isinstance(filters_status, Unset):
        json_filters_status = filters_status

    params["filters[status]"] = json_filters_status

    params["filters[owner]"] = filters_owner

    params["filters[nextdate_range]"] = filters_nextdate_range

    params["filters[tag]"] = filters_tag

    params["filters[tasktype]"] = filters_tasktype

    json_filters_created_before: str | Unset = UNSET
    if not isinstance(filters_created_before, Unset):
        json_filters_created_before = filters_created_before.isoformat()
    params["filters[created_before]"] = json_filters_created_before

    json_filters_created_after: str | Unset = UNSET
    if not isinstance(filters_created_after, Unset):
        json_filters_created_after = filters_created_after.isoformat()
    params["filters[created_after]"] = json_filters_created_after

    json_filters_updated_before: str | Unset = UNSET
    if not isinstance(filters_updated_before, Unset):
        json_filters_updated_before = filters_updated_before.isoformat()
    params["filters[updated_before]"] = json_filters_updated_before

    json_filters_updated_after: str | Unset = UNSET
    if not isinstance(filters_updated_after, Unset):
        json_filters_updated_after = filters_updated_after.isoformat()
    params["filters[updated_after]"] = json_filters_updated_after

    params["filters[organization]"] = filters_organization

    params["filters[minimum_value]"] = filters_minimum_value

    params["filters[maximum_value]"] = filters_maximum_value

    params["filters[score_greater_than]"] = filters_score_greater_than

    params["filters[score_less_than]"] = filters_score_less_than

    params["filters[score]"] = filters_score

    json_orders_title: str | Unset = UNSET
    if not isinstance(orders_title, Unset):
        json_orders_title = orders_title

    params["orders[title]"] = json_orders_title

    json_orders_value: str | Unset = UNSET
    if not isinstance(orders_value, Unset):
        json_orders_value = orders_value

    params["orders[value]"] = json_orders_value

    json_orders_cdate: str | Unset = UNSET
    if not isinstance(orders_cdate, Unset):
        json_orders_cdate = orders_cdate

    params["orders[cdate]"] = json_orders_cdate

    json_orders_contact_name: str | Unset = UNSET
    if not isinstance(orders_contact_name, Unset):
        json_orders_contact_name = orders_contact_name

    params["orders[contact_name]"] = json_orders_contact_name

    json_orders_contact_orgname: str | Unset = UNSET
    if not isinstance(orders_contact_orgname, Unset):
        json_orders_contact_orgname = orders_contact_orgname

    params["orders[contact_orgname]"] = json_orders_contact_orgname

    json_orders_next_action: str | Unset = UNSET
    if not isinstance(orders_next_action, Unset):
        json_orders_next_action = orders_next_action

    params["orders[next-action]"] = json_orders_next_action

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DealList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DealList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[DealList | ErrorResponse]:
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
    filters_search: str | Unset = UNSET,
    filters_search_field: str | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_stage: str | Unset = UNSET,
    filters_group: str | Unset = UNSET,
    filters_status: ListDealsFiltersStatus | Unset = UNSET,
    filters_owner: str | Unset = UNSET,
    filters_nextdate_range: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_tasktype: str | Unset = UNSET,
    filters_created_before: datetime.date | Unset = UNSET,
    filters_created_after: datetime.date | Unset = UNSET,
    filters_updated_before: datetime.date | Unset = UNSET,
    filters_updated_after: datetime.date | Unset = UNSET,
    filters_organization: str | Unset = UNSET,
    filters_minimum_value: int | Unset = UNSET,
    filters_maximum_value: int | Unset = UNSET,
    filters_score_greater_than: str | Unset = UNSET,
    filters_score_less_than: str | Unset = UNSET,
    filters_score: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
    orders_value: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_contact_name: SortDirection | Unset = UNSET,
    orders_contact_orgname: SortDirection | Unset = UNSET,
    orders_next_action: SortDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[DealList | ErrorResponse]:
    """List, search and filter deals

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_search (str | Unset):
        filters_search_field (str | Unset):
        filters_title (str | Unset):
        filters_stage (str | Unset):
        filters_group (str | Unset):
        filters_status (ListDealsFiltersStatus | Unset):
        filters_owner (str | Unset):
        filters_nextdate_range (str | Unset):
        filters_tag (str | Unset):
        filters_tasktype (str | Unset):
        filters_created_before (datetime.date | Unset):
        filters_created_after (datetime.date | Unset):
        filters_updated_before (datetime.date | Unset):
        filters_updated_after (datetime.date | Unset):
        filters_organization (str | Unset):
        filters_minimum_value (int | Unset):
        filters_maximum_value (int | Unset):
        filters_score_greater_than (str | Unset):
        filters_score_less_than (str | Unset):
        filters_score (str | Unset):
        orders_title (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_value (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_cdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_contact_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_contact_orgname (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_next_action (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_search=filters_search,
        filters_search_field=filters_search_field,
        filters_title=filters_title,
        filters_stage=filters_stage,
        filters_group=filters_group,
        filters_status=filters_status,
        filters_owner=filters_owner,
        filters_nextdate_range=filters_nextdate_range,
        filters_tag=filters_tag,
        filters_tasktype=filters_tasktype,
        filters_created_before=filters_created_before,
        filters_created_after=filters_created_after,
        filters_updated_before=filters_updated_before,
        filters_updated_after=filters_updated_after,
        filters_organization=filters_organization,
        filters_minimum_value=filters_minimum_value,
        filters_maximum_value=filters_maximum_value,
        filters_score_greater_than=filters_score_greater_than,
        filters_score_less_than=filters_score_less_than,
        filters_score=filters_score,
        orders_title=orders_title,
        orders_value=orders_value,
        orders_cdate=orders_cdate,
        orders_contact_name=orders_contact_name,
        orders_contact_orgname=orders_contact_orgname,
        orders_next_action=orders_next_action,
        include=include,
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
    filters_search: str | Unset = UNSET,
    filters_search_field: str | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_stage: str | Unset = UNSET,
    filters_group: str | Unset = UNSET,
    filters_status: ListDealsFiltersStatus | Unset = UNSET,
    filters_owner: str | Unset = UNSET,
    filters_nextdate_range: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_tasktype: str | Unset = UNSET,
    filters_created_before: datetime.date | Unset = UNSET,
    filters_created_after: datetime.date | Unset = UNSET,
    filters_updated_before: datetime.date | Unset = UNSET,
    filters_updated_after: datetime.date | Unset = UNSET,
    filters_organization: str | Unset = UNSET,
    filters_minimum_value: int | Unset = UNSET,
    filters_maximum_value: int | Unset = UNSET,
    filters_score_greater_than: str | Unset = UNSET,
    filters_score_less_than: str | Unset = UNSET,
    filters_score: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
    orders_value: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_contact_name: SortDirection | Unset = UNSET,
    orders_contact_orgname: SortDirection | Unset = UNSET,
    orders_next_action: SortDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> DealList | ErrorResponse | None:
    """List, search and filter deals

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_search (str | Unset):
        filters_search_field (str | Unset):
        filters_title (str | Unset):
        filters_stage (str | Unset):
        filters_group (str | Unset):
        filters_status (ListDealsFiltersStatus | Unset):
        filters_owner (str | Unset):
        filters_nextdate_range (str | Unset):
        filters_tag (str | Unset):
        filters_tasktype (str | Unset):
        filters_created_before (datetime.date | Unset):
        filters_created_after (datetime.date | Unset):
        filters_updated_before (datetime.date | Unset):
        filters_updated_after (datetime.date | Unset):
        filters_organization (str | Unset):
        filters_minimum_value (int | Unset):
        filters_maximum_value (int | Unset):
        filters_score_greater_than (str | Unset):
        filters_score_less_than (str | Unset):
        filters_score (str | Unset):
        orders_title (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_value (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_cdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_contact_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_contact_orgname (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_next_action (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filters_search=filters_search,
        filters_search_field=filters_search_field,
        filters_title=filters_title,
        filters_stage=filters_stage,
        filters_group=filters_group,
        filters_status=filters_status,
        filters_owner=filters_owner,
        filters_nextdate_range=filters_nextdate_range,
        filters_tag=filters_tag,
        filters_tasktype=filters_tasktype,
        filters_created_before=filters_created_before,
        filters_created_after=filters_created_after,
        filters_updated_before=filters_updated_before,
        filters_updated_after=filters_updated_after,
        filters_organization=filters_organization,
        filters_minimum_value=filters_minimum_value,
        filters_maximum_value=filters_maximum_value,
        filters_score_greater_than=filters_score_greater_than,
        filters_score_less_than=filters_score_less_than,
        filters_score=filters_score,
        orders_title=orders_title,
        orders_value=orders_value,
        orders_cdate=orders_cdate,
        orders_contact_name=orders_contact_name,
        orders_contact_orgname=orders_contact_orgname,
        orders_next_action=orders_next_action,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_search: str | Unset = UNSET,
    filters_search_field: str | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_stage: str | Unset = UNSET,
    filters_group: str | Unset = UNSET,
    filters_status: ListDealsFiltersStatus | Unset = UNSET,
    filters_owner: str | Unset = UNSET,
    filters_nextdate_range: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_tasktype: str | Unset = UNSET,
    filters_created_before: datetime.date | Unset = UNSET,
    filters_created_after: datetime.date | Unset = UNSET,
    filters_updated_before: datetime.date | Unset = UNSET,
    filters_updated_after: datetime.date | Unset = UNSET,
    filters_organization: str | Unset = UNSET,
    filters_minimum_value: int | Unset = UNSET,
    filters_maximum_value: int | Unset = UNSET,
    filters_score_greater_than: str | Unset = UNSET,
    filters_score_less_than: str | Unset = UNSET,
    filters_score: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
    orders_value: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_contact_name: SortDirection | Unset = UNSET,
    orders_contact_orgname: SortDirection | Unset = UNSET,
    orders_next_action: SortDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[DealList | ErrorResponse]:
    """List, search and filter deals

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_search (str | Unset):
        filters_search_field (str | Unset):
        filters_title (str | Unset):
        filters_stage (str | Unset):
        filters_group (str | Unset):
        filters_status (ListDealsFiltersStatus | Unset):
        filters_owner (str | Unset):
        filters_nextdate_range (str | Unset):
        filters_tag (str | Unset):
        filters_tasktype (str | Unset):
        filters_created_before (datetime.date | Unset):
        filters_created_after (datetime.date | Unset):
        filters_updated_before (datetime.date | Unset):
        filters_updated_after (datetime.date | Unset):
        filters_organization (str | Unset):
        filters_minimum_value (int | Unset):
        filters_maximum_value (int | Unset):
        filters_score_greater_than (str | Unset):
        filters_score_less_than (str | Unset):
        filters_score (str | Unset):
        orders_title (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_value (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_cdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_contact_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_contact_orgname (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_next_action (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_search=filters_search,
        filters_search_field=filters_search_field,
        filters_title=filters_title,
        filters_stage=filters_stage,
        filters_group=filters_group,
        filters_status=filters_status,
        filters_owner=filters_owner,
        filters_nextdate_range=filters_nextdate_range,
        filters_tag=filters_tag,
        filters_tasktype=filters_tasktype,
        filters_created_before=filters_created_before,
        filters_created_after=filters_created_after,
        filters_updated_before=filters_updated_before,
        filters_updated_after=filters_updated_after,
        filters_organization=filters_organization,
        filters_minimum_value=filters_minimum_value,
        filters_maximum_value=filters_maximum_value,
        filters_score_greater_than=filters_score_greater_than,
        filters_score_less_than=filters_score_less_than,
        filters_score=filters_score,
        orders_title=orders_title,
        orders_value=orders_value,
        orders_cdate=orders_cdate,
        orders_contact_name=orders_contact_name,
        orders_contact_orgname=orders_contact_orgname,
        orders_next_action=orders_next_action,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_search: str | Unset = UNSET,
    filters_search_field: str | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_stage: str | Unset = UNSET,
    filters_group: str | Unset = UNSET,
    filters_status: ListDealsFiltersStatus | Unset = UNSET,
    filters_owner: str | Unset = UNSET,
    filters_nextdate_range: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_tasktype: str | Unset = UNSET,
    filters_created_before: datetime.date | Unset = UNSET,
    filters_created_after: datetime.date | Unset = UNSET,
    filters_updated_before: datetime.date | Unset = UNSET,
    filters_updated_after: datetime.date | Unset = UNSET,
    filters_organization: str | Unset = UNSET,
    filters_minimum_value: int | Unset = UNSET,
    filters_maximum_value: int | Unset = UNSET,
    filters_score_greater_than: str | Unset = UNSET,
    filters_score_less_than: str | Unset = UNSET,
    filters_score: str | Unset = UNSET,
    orders_title: SortDirection | Unset = UNSET,
    orders_value: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_contact_name: SortDirection | Unset = UNSET,
    orders_contact_orgname: SortDirection | Unset = UNSET,
    orders_next_action: SortDirection | Unset = UNSET,
    include: str | Unset = UNSET,
) -> DealList | ErrorResponse | None:
    """List, search and filter deals

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_search (str | Unset):
        filters_search_field (str | Unset):
        filters_title (str | Unset):
        filters_stage (str | Unset):
        filters_group (str | Unset):
        filters_status (ListDealsFiltersStatus | Unset):
        filters_owner (str | Unset):
        filters_nextdate_range (str | Unset):
        filters_tag (str | Unset):
        filters_tasktype (str | Unset):
        filters_created_before (datetime.date | Unset):
        filters_created_after (datetime.date | Unset):
        filters_updated_before (datetime.date | Unset):
        filters_updated_after (datetime.date | Unset):
        filters_organization (str | Unset):
        filters_minimum_value (int | Unset):
        filters_maximum_value (int | Unset):
        filters_score_greater_than (str | Unset):
        filters_score_less_than (str | Unset):
        filters_score (str | Unset):
        orders_title (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_value (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_cdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_contact_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_contact_orgname (SortDirection | Unset): Sort direction of an `orders[...]`
            parameter.
        orders_next_action (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filters_search=filters_search,
            filters_search_field=filters_search_field,
            filters_title=filters_title,
            filters_stage=filters_stage,
            filters_group=filters_group,
            filters_status=filters_status,
            filters_owner=filters_owner,
            filters_nextdate_range=filters_nextdate_range,
            filters_tag=filters_tag,
            filters_tasktype=filters_tasktype,
            filters_created_before=filters_created_before,
            filters_created_after=filters_created_after,
            filters_updated_before=filters_updated_before,
            filters_updated_after=filters_updated_after,
            filters_organization=filters_organization,
            filters_minimum_value=filters_minimum_value,
            filters_maximum_value=filters_maximum_value,
            filters_score_greater_than=filters_score_greater_than,
            filters_score_less_than=filters_score_less_than,
            filters_score=filters_score,
            orders_title=orders_title,
            orders_value=orders_value,
            orders_cdate=orders_cdate,
            orders_contact_name=orders_contact_name,
            orders_contact_orgname=orders_contact_orgname,
            orders_next_action=orders_next_action,
            include=include,
        )
    ).parsed
