from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_list import AutomationList
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_ids: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_triggers: str | Unset = UNSET,
    filters_actions: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    label: str | Unset = UNSET,
    search: str | Unset = UNSET,
    active: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[name]"] = filters_name

    params["filters[status]"] = filters_status

    params["filters[ids]"] = filters_ids

    params["filters[tag]"] = filters_tag

    params["filters[triggers]"] = filters_triggers

    params["filters[actions]"] = filters_actions

    params["filters[label_name]"] = filters_label_name

    json_orders_name: str | Unset = UNSET
    if not isinstance(orders_name, Unset):
        json_orders_name = orders_name

    params["orders[name]"] = json_orders_name

    json_orders_status: str | Unset = UNSET
    if not isinstance(orders_status, Unset):
        json_orders_status = orders_status

    params["orders[status]"] = json_orders_status

    json_orders_cdate: str | Unset = UNSET
    if not isinstance(orders_cdate, Unset):
        json_orders_cdate = orders_cdate

    params["orders[cdate]"] = json_orders_cdate

    json_orders_mdate: str | Unset = UNSET
    if not isinstance(orders_mdate, Unset):
        json_orders_mdate = orders_mdate

    params["orders[mdate]"] = json_orders_mdate

    params["label"] = label

    params["search"] = search

    params["active"] = active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/automations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AutomationList.from_dict(msgspec.json.decode(response.content))

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
) -> Response[AutomationList | ErrorResponse]:
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
    filters_status: str | Unset = UNSET,
    filters_ids: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_triggers: str | Unset = UNSET,
    filters_actions: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    label: str | Unset = UNSET,
    search: str | Unset = UNSET,
    active: str | Unset = UNSET,
) -> Response[AutomationList | ErrorResponse]:
    """List automations with their entry and exit counts

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_name (str | Unset):
        filters_status (str | Unset):
        filters_ids (str | Unset):
        filters_tag (str | Unset):
        filters_triggers (str | Unset):
        filters_actions (str | Unset):
        filters_label_name (str | Unset):
        orders_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_cdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_mdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        label (str | Unset):
        search (str | Unset):
        active (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_name=filters_name,
        filters_status=filters_status,
        filters_ids=filters_ids,
        filters_tag=filters_tag,
        filters_triggers=filters_triggers,
        filters_actions=filters_actions,
        filters_label_name=filters_label_name,
        orders_name=orders_name,
        orders_status=orders_status,
        orders_cdate=orders_cdate,
        orders_mdate=orders_mdate,
        label=label,
        search=search,
        active=active,
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
    filters_status: str | Unset = UNSET,
    filters_ids: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_triggers: str | Unset = UNSET,
    filters_actions: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    label: str | Unset = UNSET,
    search: str | Unset = UNSET,
    active: str | Unset = UNSET,
) -> AutomationList | ErrorResponse | None:
    """List automations with their entry and exit counts

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_name (str | Unset):
        filters_status (str | Unset):
        filters_ids (str | Unset):
        filters_tag (str | Unset):
        filters_triggers (str | Unset):
        filters_actions (str | Unset):
        filters_label_name (str | Unset):
        orders_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_cdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_mdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        label (str | Unset):
        search (str | Unset):
        active (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filters_name=filters_name,
        filters_status=filters_status,
        filters_ids=filters_ids,
        filters_tag=filters_tag,
        filters_triggers=filters_triggers,
        filters_actions=filters_actions,
        filters_label_name=filters_label_name,
        orders_name=orders_name,
        orders_status=orders_status,
        orders_cdate=orders_cdate,
        orders_mdate=orders_mdate,
        label=label,
        search=search,
        active=active,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_ids: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_triggers: str | Unset = UNSET,
    filters_actions: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    label: str | Unset = UNSET,
    search: str | Unset = UNSET,
    active: str | Unset = UNSET,
) -> Response[AutomationList | ErrorResponse]:
    """List automations with their entry and exit counts

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_name (str | Unset):
        filters_status (str | Unset):
        filters_ids (str | Unset):
        filters_tag (str | Unset):
        filters_triggers (str | Unset):
        filters_actions (str | Unset):
        filters_label_name (str | Unset):
        orders_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_cdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_mdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        label (str | Unset):
        search (str | Unset):
        active (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_name=filters_name,
        filters_status=filters_status,
        filters_ids=filters_ids,
        filters_tag=filters_tag,
        filters_triggers=filters_triggers,
        filters_actions=filters_actions,
        filters_label_name=filters_label_name,
        orders_name=orders_name,
        orders_status=orders_status,
        orders_cdate=orders_cdate,
        orders_mdate=orders_mdate,
        label=label,
        search=search,
        active=active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_status: str | Unset = UNSET,
    filters_ids: str | Unset = UNSET,
    filters_tag: str | Unset = UNSET,
    filters_triggers: str | Unset = UNSET,
    filters_actions: str | Unset = UNSET,
    filters_label_name: str | Unset = UNSET,
    orders_name: SortDirection | Unset = UNSET,
    orders_status: SortDirection | Unset = UNSET,
    orders_cdate: SortDirection | Unset = UNSET,
    orders_mdate: SortDirection | Unset = UNSET,
    label: str | Unset = UNSET,
    search: str | Unset = UNSET,
    active: str | Unset = UNSET,
) -> AutomationList | ErrorResponse | None:
    """List automations with their entry and exit counts

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_name (str | Unset):
        filters_status (str | Unset):
        filters_ids (str | Unset):
        filters_tag (str | Unset):
        filters_triggers (str | Unset):
        filters_actions (str | Unset):
        filters_label_name (str | Unset):
        orders_name (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_status (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_cdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        orders_mdate (SortDirection | Unset): Sort direction of an `orders[...]` parameter.
        label (str | Unset):
        search (str | Unset):
        active (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_status=filters_status,
            filters_ids=filters_ids,
            filters_tag=filters_tag,
            filters_triggers=filters_triggers,
            filters_actions=filters_actions,
            filters_label_name=filters_label_name,
            orders_name=orders_name,
            orders_status=orders_status,
            orders_cdate=orders_cdate,
            orders_mdate=orders_mdate,
            label=label,
            search=search,
            active=active,
        )
    ).parsed
