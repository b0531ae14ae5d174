"""The `task_outcomes` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_task_outcomes_filters_sentiment import (
        ListTaskOutcomesFiltersSentiment,
        check_list_task_outcomes_filters_sentiment,
    )
    from ...models.task_outcome_create_request import TaskOutcomeCreateRequest
    from ...models.task_outcome_envelope import TaskOutcomeEnvelope
    from ...models.task_outcome_list import TaskOutcomeList
    from ...models.task_outcome_update_request import TaskOutcomeUpdateRequest
    from ...models.task_type_outcome_relation_envelope import TaskTypeOutcomeRelationEnvelope
    from ...models.task_type_outcome_relation_list import TaskTypeOutcomeRelationList
    from .. import AsyncCaller, Caller


class TaskOutcomesOperations:
    """The `task_outcomes` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_task_outcomes(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_sentiment: ListTaskOutcomesFiltersSentiment | Unset = UNSET,
    ) -> TaskOutcomeList:
        """List task outcomes, optionally by sentiment

        `GET /taskOutcomes`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_sentiment: Keep outcomes of this sentiment (1 negative, 2 neutral, 3 positive).

        """
        from . import list_task_outcomes as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_sentiment=filters_sentiment,
        )
        return cast("TaskOutcomeList", self._caller.call(_operation.ROUTE, request))

    def create_task_outcome(
        self,
        *,
        body: TaskOutcomeCreateRequest,
    ) -> TaskOutcomeEnvelope:
        """Create a task outcome

        `POST /taskOutcomes`

        Answers 422 when the title is taken or the sentiment is not one of the three allowed.

        Args:
            body:

        """
        from . import create_task_outcome as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TaskOutcomeEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_task_outcome(
        self,
        id: str,
    ) -> TaskOutcomeEnvelope:
        """Retrieve a task outcome

        `GET /taskOutcomes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_task_outcome as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("TaskOutcomeEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_task_outcome(
        self,
        id: str,
        *,
        body: TaskOutcomeUpdateRequest,
    ) -> TaskOutcomeEnvelope:
        """Rename a task outcome, change its sentiment, or disable it

        `PUT /taskOutcomes/{id}`

        The reference gives this path as `/taskOutccomes/{id}`, a typo; it is corrected here to the path the
        API serves.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_task_outcome as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("TaskOutcomeEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_task_outcome(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a task outcome

        `DELETE /taskOutcomes/{id}`

        The reference gives this path as `/taskOutccomes/{id}`, a typo; it is corrected here to the path the
        API serves.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_task_outcome as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def list_task_type_outcome_relations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> TaskTypeOutcomeRelationList:
        """List which task types offer which outcomes

        `GET /tasktypeOutcomeRels`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_task_type_outcome_relations as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("TaskTypeOutcomeRelationList", self._caller.call(_operation.ROUTE, request))

    def create_task_type_outcome_relation(
        self,
        *,
        body: TaskOutcomeCreateRequest,
    ) -> TaskOutcomeEnvelope:
        """Create a task type - outcome relation (documented as work in progress)

        `POST /tasktypeOutcomeRels`

        The reference marks this operation as work in progress, and its body and answer are those of a task
        outcome (`taskOutcome` with `title` and `sentiment`), apparently copied from `createTaskOutcome`.
        They are described here as documented; the shape of a relation (see `getTaskTypeOutcomeRelation`)
        may be what the API really takes.

        Args:
            body:

        """
        from . import create_task_type_outcome_relation as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TaskOutcomeEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_task_type_outcome_relation(
        self,
        id: str,
    ) -> TaskTypeOutcomeRelationEnvelope:
        """Retrieve a task type - outcome relation

        `GET /tasktypeOutcomeRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_task_type_outcome_relation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("TaskTypeOutcomeRelationEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_task_type_outcome_relation(
        self,
        id: str,
        *,
        body: TaskOutcomeUpdateRequest,
    ) -> TaskOutcomeEnvelope:
        """Update a task type - outcome relation (documented as work in progress)

        `PUT /tasktypeOutcomeRels/{id}`

        The reference marks this operation as work in progress, and its body and answer are those of a task
        outcome (`taskOutcome`), apparently copied from `updateTaskOutcome`. They are described here as
        documented.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_task_type_outcome_relation as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("TaskOutcomeEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_task_type_outcome_relation(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a task type - outcome relation

        `DELETE /tasktypeOutcomeRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_task_type_outcome_relation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncTaskOutcomesOperations:
    """The `task_outcomes` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_task_outcomes(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_sentiment: ListTaskOutcomesFiltersSentiment | Unset = UNSET,
    ) -> TaskOutcomeList:
        """List task outcomes, optionally by sentiment

        `GET /taskOutcomes`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_sentiment: Keep outcomes of this sentiment (1 negative, 2 neutral, 3 positive).

        """
        from . import list_task_outcomes as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_sentiment=filters_sentiment,
        )
        return cast("TaskOutcomeList", await self._caller.call(_operation.ROUTE, request))

    async def create_task_outcome(
        self,
        *,
        body: TaskOutcomeCreateRequest,
    ) -> TaskOutcomeEnvelope:
        """Create a task outcome

        `POST /taskOutcomes`

        Answers 422 when the title is taken or the sentiment is not one of the three allowed.

        Args:
            body:

        """
        from . import create_task_outcome as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TaskOutcomeEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_task_outcome(
        self,
        id: str,
    ) -> TaskOutcomeEnvelope:
        """Retrieve a task outcome

        `GET /taskOutcomes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_task_outcome as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("TaskOutcomeEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_task_outcome(
        self,
        id: str,
        *,
        body: TaskOutcomeUpdateRequest,
    ) -> TaskOutcomeEnvelope:
        """Rename a task outcome, change its sentiment, or disable it

        `PUT /taskOutcomes/{id}`

        The reference gives this path as `/taskOutccomes/{id}`, a typo; it is corrected here to the path the
        API serves.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_task_outcome as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("TaskOutcomeEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_task_outcome(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a task outcome

        `DELETE /taskOutcomes/{id}`

        The reference gives this path as `/taskOutccomes/{id}`, a typo; it is corrected here to the path the
        API serves.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_task_outcome as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def list_task_type_outcome_relations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> TaskTypeOutcomeRelationList:
        """List which task types offer which outcomes

        `GET /tasktypeOutcomeRels`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_task_type_outcome_relations as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("TaskTypeOutcomeRelationList", await self._caller.call(_operation.ROUTE, request))

    async def create_task_type_outcome_relation(
        self,
        *,
        body: TaskOutcomeCreateRequest,
    ) -> TaskOutcomeEnvelope:
        """Create a task type - outcome relation (documented as work in progress)

        `POST /tasktypeOutcomeRels`

        The reference marks this operation as work in progress, and its body and answer are those of a task
        outcome (`taskOutcome` with `title` and `sentiment`), apparently copied from `createTaskOutcome`.
        They are described here as documented; the shape of a relation (see `getTaskTypeOutcomeRelation`)
        may be what the API really takes.

        Args:
            body:

        """
        from . import create_task_type_outcome_relation as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TaskOutcomeEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_task_type_outcome_relation(
        self,
        id: str,
    ) -> TaskTypeOutcomeRelationEnvelope:
        """Retrieve a task type - outcome relation

        `GET /tasktypeOutcomeRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_task_type_outcome_relation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("TaskTypeOutcomeRelationEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_task_type_outcome_relation(
        self,
        id: str,
        *,
        body: TaskOutcomeUpdateRequest,
    ) -> TaskOutcomeEnvelope:
        """Update a task type - outcome relation (documented as work in progress)

        `PUT /tasktypeOutcomeRels/{id}`

        The reference marks this operation as work in progress, and its body and answer are those of a task
        outcome (`taskOutcome`), apparently copied from `updateTaskOutcome`. They are described here as
        documented.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_task_type_outcome_relation as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("TaskOutcomeEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_task_type_outcome_relation(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a task type - outcome relation

        `DELETE /tasktypeOutcomeRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_task_type_outcome_relation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
