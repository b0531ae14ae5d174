from http import HTTPStatus
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deal_task_list import DealTaskList
from ...models.error_response import ErrorResponse
from ...models.list_tasks_filters_status import ListTasksFiltersStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_reltype: str | Unset = UNSET,
    filters_relid: str | Unset = UNSET,
    filters_status: ListTasksFiltersStatus | Unset = UNSET,
    filters_note: str | Unset = UNSET,
    filters_duedate: str | Unset = UNSET,
    filters_d_tasktypeid: str | Unset = UNSET,
    filters_userid: str | Unset = UNSET,
    filters_due_after: str | Unset = UNSET,
    filters_due_before: str | Unset = UNSET,
    filters_duedate_range: str | Unset = UNSET,
    filters_assignee_userid: str | Unset = UNSET,
    filters_outcome_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[title]"] = filters_title

    params["filters[reltype]"] = filters_reltype

    params["filters[relid]"] = filters_relid

    json_filters_status: int | Unset = UNSET
    if not isinstance(filters_status, Unset):
        json_filters_status = filters_status

    params["filters[status]"] = json_filters_status

    params["filters[note]"] = filters_note

    params["filters[duedate]"] = filters_duedate

    params["filters[d_tasktypeid]"] = filters_d_tasktypeid

    params["filters[userid]"] = filters_userid

    params["filters[due_after]"] = filters_due_after

    params["filters[due_before]"] = filters_due_before

    params["filters[duedate_range]"] = filters_duedate_range

    params["filters[assignee_userid]"] = filters_assignee_userid

    params["filters[outcome_id]"] = filters_outcome_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealTasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DealTaskList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DealTaskList.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = DealTaskList.from_dict(msgspec.json.decode(response.content))

        return response_201

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
) -> Response[DealTaskList | ErrorResponse]:
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
    filters_title: str | Unset = UNSET,
    filters_reltype: str | Unset = UNSET,
    filters_relid: str | Unset = UNSET,
    filters_status: ListTasksFiltersStatus | Unset = UNSET,
    filters_note: str | Unset = UNSET,
    filters_duedate: str | Unset = UNSET,
    filters_d_tasktypeid: str | Unset = UNSET,
    filters_userid: str | Unset = UNSET,
    filters_due_after: str | Unset = UNSET,
    filters_due_before: str | Unset = UNSET,
    filters_duedate_range: str | Unset = UNSET,
    filters_assignee_userid: str | Unset = UNSET,
    filters_outcome_id: str | Unset = UNSET,
) -> Response[DealTaskList | ErrorResponse]:
    """List tasks, filtered by owner, type, status, assignee or due date

     The reference documents 201 for this read; lists answer 200 like every other list.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_title (str | Unset):
        filters_reltype (str | Unset):
        filters_relid (str | Unset):
        filters_status (ListTasksFiltersStatus | Unset):
        filters_note (str | Unset):
        filters_duedate (str | Unset):
        filters_d_tasktypeid (str | Unset):
        filters_userid (str | Unset):
        filters_due_after (str | Unset):
        filters_due_before (str | Unset):
        filters_duedate_range (str | Unset):
        filters_assignee_userid (str | Unset):
        filters_outcome_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealTaskList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_title=filters_title,
        filters_reltype=filters_reltype,
        filters_relid=filters_relid,
        filters_status=filters_status,
        filters_note=filters_note,
        filters_duedate=filters_duedate,
        filters_d_tasktypeid=filters_d_tasktypeid,
        filters_userid=filters_userid,
        filters_due_after=filters_due_after,
        filters_due_before=filters_due_before,
        filters_duedate_range=filters_duedate_range,
        filters_assignee_userid=filters_assignee_userid,
        filters_outcome_id=filters_outcome_id,
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
    filters_title: str | Unset = UNSET,
    filters_reltype: str | Unset = UNSET,
    filters_relid: str | Unset = UNSET,
    filters_status: ListTasksFiltersStatus | Unset = UNSET,
    filters_note: str | Unset = UNSET,
    filters_duedate: str | Unset = UNSET,
    filters_d_tasktypeid: str | Unset = UNSET,
    filters_userid: str | Unset = UNSET,
    filters_due_after: str | Unset = UNSET,
    filters_due_before: str | Unset = UNSET,
    filters_duedate_range: str | Unset = UNSET,
    filters_assignee_userid: str | Unset = UNSET,
    filters_outcome_id: str | Unset = UNSET,
) -> DealTaskList | ErrorResponse | None:
    """List tasks, filtered by owner, type, status, assignee or due date

     The reference documents 201 for this read; lists answer 200 like every other list.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_title (str | Unset):
        filters_reltype (str | Unset):
        filters_relid (str | Unset):
        filters_status (ListTasksFiltersStatus | Unset):
        filters_note (str | Unset):
        filters_duedate (str | Unset):
        filters_d_tasktypeid (str | Unset):
        filters_userid (str | Unset):
        filters_due_after (str | Unset):
        filters_due_before (str | Unset):
        filters_duedate_range (str | Unset):
        filters_assignee_userid (str | Unset):
        filters_outcome_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealTaskList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filters_title=filters_title,
        filters_reltype=filters_reltype,
        filters_relid=filters_relid,
        filters_status=filters_status,
        filters_note=filters_note,
        filters_duedate=filters_duedate,
        filters_d_tasktypeid=filters_d_tasktypeid,
        filters_userid=filters_userid,
        filters_due_after=filters_due_after,
        filters_due_before=filters_due_before,
        filters_duedate_range=filters_duedate_range,
        filters_assignee_userid=filters_assignee_userid,
        filters_outcome_id=filters_outcome_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_reltype: str | Unset = UNSET,
    filters_relid: str | Unset = UNSET,
    filters_status: ListTasksFiltersStatus | Unset = UNSET,
    filters_note: str | Unset = UNSET,
    filters_duedate: str | Unset = UNSET,
    filters_d_tasktypeid: str | Unset = UNSET,
    filters_userid: str | Unset = UNSET,
    filters_due_after: str | Unset = UNSET,
    filters_due_before: str | Unset = UNSET,
    filters_duedate_range: str | Unset = UNSET,
    filters_assignee_userid: str | Unset = UNSET,
    filters_outcome_id: str | Unset = UNSET,
) -> Response[DealTaskList | ErrorResponse]:
    """List tasks, filtered by owner, type, status, assignee or due date

     The reference documents 201 for this read; lists answer 200 like every other list.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_title (str | Unset):
        filters_reltype (str | Unset):
        filters_relid (str | Unset):
        filters_status (ListTasksFiltersStatus | Unset):
        filters_note (str | Unset):
        filters_duedate (str | Unset):
        filters_d_tasktypeid (str | Unset):
        filters_userid (str | Unset):
        filters_due_after (str | Unset):
        filters_due_before (str | Unset):
        filters_duedate_range (str | Unset):
        filters_assignee_userid (str | Unset):
        filters_outcome_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DealTaskList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filters_title=filters_title,
        filters_reltype=filters_reltype,
        filters_relid=filters_relid,
        filters_status=filters_status,
        filters_note=filters_note,
        filters_duedate=filters_duedate,
        filters_d_tasktypeid=filters_d_tasktypeid,
        filters_userid=filters_userid,
        filters_due_after=filters_due_after,
        filters_due_before=filters_due_before,
        filters_duedate_range=filters_duedate_range,
        filters_assignee_userid=filters_assignee_userid,
        filters_outcome_id=filters_outcome_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_title: str | Unset = UNSET,
    filters_reltype: str | Unset = UNSET,
    filters_relid: str | Unset = UNSET,
    filters_status: ListTasksFiltersStatus | Unset = UNSET,
    filters_note: str | Unset = UNSET,
    filters_duedate: str | Unset = UNSET,
    filters_d_tasktypeid: str | Unset = UNSET,
    filters_userid: str | Unset = UNSET,
    filters_due_after: str | Unset = UNSET,
    filters_due_before: str | Unset = UNSET,
    filters_duedate_range: str | Unset = UNSET,
    filters_assignee_userid: str | Unset = UNSET,
    filters_outcome_id: str | Unset = UNSET,
) -> DealTaskList | ErrorResponse | None:
    """List tasks, filtered by owner, type, status, assignee or due date

     The reference documents 201 for this read; lists answer 200 like every other list.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filters_title (str | Unset):
        filters_reltype (str | Unset):
        filters_relid (str | Unset):
        filters_status (ListTasksFiltersStatus | Unset):
        filters_note (str | Unset):
        filters_duedate (str | Unset):
        filters_d_tasktypeid (str | Unset):
        filters_userid (str | Unset):
        filters_due_after (str | Unset):
        filters_due_before (str | Unset):
        filters_duedate_range (str | Unset):
        filters_assignee_userid (str | Unset):
        filters_outcome_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DealTaskList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filters_title=filters_title,
            filters_reltype=filters_reltype,
            filters_relid=filters_relid,
            filters_status=filters_status,
            filters_note=filters_note,
            filters_duedate=filters_duedate,
            filters_d_tasktypeid=filters_d_tasktypeid,
            filters_userid=filters_userid,
            filters_due_after=filters_due_after,
            filters_due_before=filters_due_before,
            filters_duedate_range=filters_duedate_range,
            filters_assignee_userid=filters_assignee_userid,
            filters_outcome_id=filters_outcome_id,
        )
    ).parsed
