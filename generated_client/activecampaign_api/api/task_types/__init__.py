"""The `task_types` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.deal_task_type_create_request import DealTaskTypeCreateRequest
    from ...models.deal_task_type_envelope import DealTaskTypeEnvelope
    from ...models.deal_task_type_list import DealTaskTypeList
    from ...models.deal_task_type_move_request import DealTaskTypeMoveRequest
    from ...models.deal_task_type_move_result import DealTaskTypeMoveResult
    from ...models.deal_task_type_update_request import DealTaskTypeUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class TaskTypesOperations:
    """The `task_types` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_task_types(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> DealTaskTypeList:
        """List task types

        `GET /dealTasktypes`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_task_types as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("DealTaskTypeList", self._caller.call(_operation.ROUTE, request))

    def create_task_type(
        self,
        *,
        body: DealTaskTypeCreateRequest,
    ) -> DealTaskTypeEnvelope:
        """Create a task type

        `POST /dealTasktypes`

        Args:
            body:

        """
        from . import create_task_type as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealTaskTypeEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_task_type(
        self,
        id: str,
    ) -> DealTaskTypeEnvelope:
        """Retrieve a task type

        `GET /dealTasktypes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_task_type as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealTaskTypeEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_task_type(
        self,
        id: str,
        *,
        body: DealTaskTypeUpdateRequest,
    ) -> DealTaskTypeEnvelope:
        """Rename a task type or enable or disable it

        `PUT /dealTasktypes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_task_type as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealTaskTypeEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_task_type(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a task type

        `DELETE /dealTasktypes/{id}`

        Answers 403 with an empty object while tasks still use the type (the reference's only example); move
        them first with `moveTasksToTaskType`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_task_type as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def move_tasks_to_task_type(
        self,
        id: str,
        *,
        body: DealTaskTypeMoveRequest,
    ) -> DealTaskTypeMoveResult:
        """Move every task of this task type to another task type

        `PUT /dealTasktypes/{id}/dealTasks`

        Answers with the moved tasks and the deals they belong to. Safe to repeat: a second call finds no
        task left to move.

        Args:
            id: Id of the task type whose tasks move.
            body:

        """
        from . import move_tasks_to_task_type as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealTaskTypeMoveResult", self._caller.call(_operation.ROUTE, request))


class AsyncTaskTypesOperations:
    """The `task_types` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_task_types(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> DealTaskTypeList:
        """List task types

        `GET /dealTasktypes`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_task_types as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("DealTaskTypeList", await self._caller.call(_operation.ROUTE, request))

    async def create_task_type(
        self,
        *,
        body: DealTaskTypeCreateRequest,
    ) -> DealTaskTypeEnvelope:
        """Create a task type

        `POST /dealTasktypes`

        Args:
            body:

        """
        from . import create_task_type as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealTaskTypeEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_task_type(
        self,
        id: str,
    ) -> DealTaskTypeEnvelope:
        """Retrieve a task type

        `GET /dealTasktypes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_task_type as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealTaskTypeEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_task_type(
        self,
        id: str,
        *,
        body: DealTaskTypeUpdateRequest,
    ) -> DealTaskTypeEnvelope:
        """Rename a task type or enable or disable it

        `PUT /dealTasktypes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_task_type as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealTaskTypeEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_task_type(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a task type

        `DELETE /dealTasktypes/{id}`

        Answers 403 with an empty object while tasks still use the type (the reference's only example); move
        them first with `moveTasksToTaskType`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_task_type as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def move_tasks_to_task_type(
        self,
        id: str,
        *,
        body: DealTaskTypeMoveRequest,
    ) -> DealTaskTypeMoveResult:
        """Move every task of this task type to another task type

        `PUT /dealTasktypes/{id}/dealTasks`

        Answers with the moved tasks and the deals they belong to. Safe to repeat: a second call finds no
        task left to move.

        Args:
            id: Id of the task type whose tasks move.
            body:

        """
        from . import move_tasks_to_task_type as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealTaskTypeMoveResult", await self._caller.call(_operation.ROUTE, request))
