"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.deal_task_type_create_request import DealTaskTypeCreateRequest
from ...models.deal_task_type_envelope import DealTaskTypeEnvelope
from ...models.deal_task_type_list import DealTaskTypeList
from ...models.deal_task_type_move_request import DealTaskTypeMoveRequest
from ...models.deal_task_type_move_result import DealTaskTypeMoveResult
from ...models.deal_task_type_update_request import DealTaskTypeUpdateRequest
from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_task_type as _create_task_type
from . import delete_task_type as _delete_task_type
from . import get_task_type as _get_task_type
from . import list_task_types as _list_task_types
from . import move_tasks_to_task_type as _move_tasks_to_task_type
from . import update_task_type as _update_task_type


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
        request = _list_task_types._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(DealTaskTypeList, self._caller.call(request, _list_task_types._parse_response, (200,)))

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
        request = _create_task_type._get_kwargs(
            body=body,
        )
        return cast(DealTaskTypeEnvelope, self._caller.call(request, _create_task_type._parse_response, (200, 201)))

    def get_task_type(
        self,
        id: str,
    ) -> DealTaskTypeEnvelope:
        """Retrieve a task type

        `GET /dealTasktypes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_task_type._get_kwargs(
            id=id,
        )
        return cast(DealTaskTypeEnvelope, self._caller.call(request, _get_task_type._parse_response, (200,)))

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
        request = _update_task_type._get_kwargs(
            id=id,
            body=body,
        )
        return cast(DealTaskTypeEnvelope, self._caller.call(request, _update_task_type._parse_response, (200,)))

    def delete_task_type(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a task type

        `DELETE /dealTasktypes/{id}`

        Answers 403 with an empty object while tasks still use the type (the reference's only example); move
        them first with `moveTasksToTaskType`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_task_type._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_task_type._parse_response, (200,)))

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
        request = _move_tasks_to_task_type._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            DealTaskTypeMoveResult, self._caller.call(request, _move_tasks_to_task_type._parse_response, (200,))
        )


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
        request = _list_task_types._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(DealTaskTypeList, await self._caller.call(request, _list_task_types._parse_response, (200,)))

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
        request = _create_task_type._get_kwargs(
            body=body,
        )
        return cast(
            DealTaskTypeEnvelope, await self._caller.call(request, _create_task_type._parse_response, (200, 201))
        )

    async def get_task_type(
        self,
        id: str,
    ) -> DealTaskTypeEnvelope:
        """Retrieve a task type

        `GET /dealTasktypes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_task_type._get_kwargs(
            id=id,
        )
        return cast(DealTaskTypeEnvelope, await self._caller.call(request, _get_task_type._parse_response, (200,)))

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
        request = _update_task_type._get_kwargs(
            id=id,
            body=body,
        )
        return cast(DealTaskTypeEnvelope, await self._caller.call(request, _update_task_type._parse_response, (200,)))

    async def delete_task_type(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a task type

        `DELETE /dealTasktypes/{id}`

        Answers 403 with an empty object while tasks still use the type (the reference's only example); move
        them first with `moveTasksToTaskType`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_task_type._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_task_type._parse_response, (200,)))

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
        request = _move_tasks_to_task_type._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            DealTaskTypeMoveResult, await self._caller.call(request, _move_tasks_to_task_type._parse_response, (200,))
        )
