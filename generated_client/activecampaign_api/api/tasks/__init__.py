"""The `tasks` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.deal_task_create_request import DealTaskCreateRequest
    from ...models.deal_task_envelope import DealTaskEnvelope
    from ...models.deal_task_list import DealTaskList
    from ...models.deal_task_update_request import DealTaskUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_tasks_filters_status import ListTasksFiltersStatus, check_list_tasks_filters_status
    from ...models.task_reminder_create_request import TaskReminderCreateRequest
    from ...models.task_reminder_envelope import TaskReminderEnvelope
    from .. import AsyncCaller, Caller


class TasksOperations:
    """The `tasks` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_tasks(
        self,
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
    ) -> DealTaskList:
        """List tasks, filtered by owner, type, status, assignee or due date

        `GET /dealTasks`

        The reference documents 201 for this read; lists answer 200 like every other list.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_title: Keep tasks with this title.
            filters_reltype: Keep tasks whose owner is of this kind, `Deal` or `Subscriber` (contact).
            filters_relid: Keep tasks of the deal or contact with this id.
            filters_status: Keep incomplete (0) or completed (1) tasks.
            filters_note: Keep tasks with this note.
            filters_duedate: Keep tasks due on this date (YYYY-MM-DD).
            filters_d_tasktypeid: Keep tasks of this task type.
            filters_userid: Keep tasks created by this user.
            filters_due_after: Keep tasks due after this date.
            filters_due_before: Keep tasks due before this date. (The reference misspells the name as
                `Fitlers[due_before]`.)
            filters_duedate_range: Keep tasks due within `YYYY-MM-DD+YYYY-MM-DD`, or in a named bucket
                such as `overdue`, `today`, `tomorrow`, `this_week`, `next_week`.
            filters_assignee_userid: Keep tasks assigned to this user.
            filters_outcome_id: Keep tasks completed with this outcome.

        """
        from . import list_tasks as _operation

        request = _operation._get_kwargs(
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
        return cast("DealTaskList", self._caller.call(_operation.ROUTE, request))

    def create_task(
        self,
        *,
        body: DealTaskCreateRequest,
    ) -> DealTaskEnvelope:
        """Create a task on a deal or a contact

        `POST /dealTasks`

        Args:
            body:

        """
        from . import create_task as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealTaskEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_task(
        self,
        id: str,
    ) -> DealTaskEnvelope:
        """Retrieve a task

        `GET /dealTasks/{id}`

        The reference documents 201 for this read; it answers 200.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_task as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealTaskEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_task(
        self,
        id: str,
        *,
        body: DealTaskUpdateRequest,
    ) -> DealTaskEnvelope:
        """Update a task, or complete it with an outcome

        `PUT /dealTasks/{id}`

        Completing a task (`status` 1) in an account that uses task outcomes needs `outcomeId`. The
        reference documents 201; updates answer 200.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_task as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealTaskEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_task(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a task

        `DELETE /dealTasks/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_task as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def create_task_reminder(
        self,
        *,
        body: TaskReminderCreateRequest,
    ) -> TaskReminderEnvelope:
        """Remind the assignee of a task some minutes before it is due

        `POST /taskNotifications`

        The reference shows no response body for this operation; the task reminder is assumed to come back
        wrapped in `taskNotification` like other creates, with every attribute optional.

        Args:
            body:

        """
        from . import create_task_reminder as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TaskReminderEnvelope", self._caller.call(_operation.ROUTE, request))


class AsyncTasksOperations:
    """The `tasks` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_tasks(
        self,
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
    ) -> DealTaskList:
        """List tasks, filtered by owner, type, status, assignee or due date

        `GET /dealTasks`

        The reference documents 201 for this read; lists answer 200 like every other list.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_title: Keep tasks with this title.
            filters_reltype: Keep tasks whose owner is of this kind, `Deal` or `Subscriber` (contact).
            filters_relid: Keep tasks of the deal or contact with this id.
            filters_status: Keep incomplete (0) or completed (1) tasks.
            filters_note: Keep tasks with this note.
            filters_duedate: Keep tasks due on this date (YYYY-MM-DD).
            filters_d_tasktypeid: Keep tasks of this task type.
            filters_userid: Keep tasks created by this user.
            filters_due_after: Keep tasks due after this date.
            filters_due_before: Keep tasks due before this date. (The reference misspells the name as
                `Fitlers[due_before]`.)
            filters_duedate_range: Keep tasks due within `YYYY-MM-DD+YYYY-MM-DD`, or in a named bucket
                such as `overdue`, `today`, `tomorrow`, `this_week`, `next_week`.
            filters_assignee_userid: Keep tasks assigned to this user.
            filters_outcome_id: Keep tasks completed with this outcome.

        """
        from . import list_tasks as _operation

        request = _operation._get_kwargs(
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
        return cast("DealTaskList", await self._caller.call(_operation.ROUTE, request))

    async def create_task(
        self,
        *,
        body: DealTaskCreateRequest,
    ) -> DealTaskEnvelope:
        """Create a task on a deal or a contact

        `POST /dealTasks`

        Args:
            body:

        """
        from . import create_task as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealTaskEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_task(
        self,
        id: str,
    ) -> DealTaskEnvelope:
        """Retrieve a task

        `GET /dealTasks/{id}`

        The reference documents 201 for this read; it answers 200.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_task as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealTaskEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_task(
        self,
        id: str,
        *,
        body: DealTaskUpdateRequest,
    ) -> DealTaskEnvelope:
        """Update a task, or complete it with an outcome

        `PUT /dealTasks/{id}`

        Completing a task (`status` 1) in an account that uses task outcomes needs `outcomeId`. The
        reference documents 201; updates answer 200.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_task as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealTaskEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_task(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a task

        `DELETE /dealTasks/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_task as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def create_task_reminder(
        self,
        *,
        body: TaskReminderCreateRequest,
    ) -> TaskReminderEnvelope:
        """Remind the assignee of a task some minutes before it is due

        `POST /taskNotifications`

        The reference shows no response body for this operation; the task reminder is assumed to come back
        wrapped in `taskNotification` like other creates, with every attribute optional.

        Args:
            body:

        """
        from . import create_task_reminder as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TaskReminderEnvelope", await self._caller.call(_operation.ROUTE, request))
