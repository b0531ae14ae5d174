from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_task_list import DealTaskList
from ...models.list_tasks_filters_status import ListTasksFiltersStatus
from ...types import UNSET, Unset
from .. import Route


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


def _parse_response(status: int, content: bytes) -> DealTaskList:
    if status == 200:
        return cast(DealTaskList, _decode(content, DealTaskList))
    if status == 201:
        return cast(DealTaskList, _decode(content, DealTaskList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listTasks",
    method="GET",
    path="/dealTasks",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
