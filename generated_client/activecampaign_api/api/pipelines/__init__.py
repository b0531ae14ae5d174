"""The `pipelines` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.inaccessible_pipeline_list import InaccessiblePipelineList
    from ...models.list_pipelines_filters_have_stages import (
        ListPipelinesFiltersHaveStages,
        check_list_pipelines_filters_have_stages,
    )
    from ...models.pipeline_create_request import PipelineCreateRequest
    from ...models.pipeline_envelope import PipelineEnvelope
    from ...models.pipeline_list import PipelineList
    from ...models.pipeline_update_request import PipelineUpdateRequest
    from ...models.pipeline_user_list import PipelineUserList
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class PipelinesOperations:
    """The `pipelines` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_pipelines(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_title: str | Unset = UNSET,
        filters_have_stages: ListPipelinesFiltersHaveStages | Unset = UNSET,
        orders_title: SortDirection | Unset = UNSET,
        orders_popular: SortDirection | Unset = UNSET,
    ) -> PipelineList:
        """List pipelines with their stages

        `GET /dealGroups`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_title: Keep pipelines whose title contains this text.
            filters_have_stages: 1 keeps only pipelines that have stages.
            orders_title: Sort direction of an `orders[...]` parameter.
            orders_popular: Sort direction of an `orders[...]` parameter.

        """
        from . import list_pipelines as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_title=filters_title,
            filters_have_stages=filters_have_stages,
            orders_title=orders_title,
            orders_popular=orders_popular,
        )
        return cast("PipelineList", self._caller.call(_operation.ROUTE, request))

    def create_pipeline(
        self,
        *,
        body: PipelineCreateRequest,
    ) -> PipelineEnvelope:
        """Create a pipeline; it comes with three default stages

        `POST /dealGroups`

        Args:
            body:

        """
        from . import create_pipeline as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("PipelineEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_pipeline(
        self,
        id: str,
    ) -> PipelineEnvelope:
        """Retrieve a pipeline with its stages

        `GET /dealGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_pipeline as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("PipelineEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_pipeline(
        self,
        id: str,
        *,
        body: PipelineUpdateRequest,
    ) -> PipelineEnvelope:
        """Update a pipeline's title, currency, permissions or auto-assignment

        `PUT /dealGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_pipeline as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("PipelineEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_pipeline(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a pipeline together with its stages and deals

        `DELETE /dealGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_pipeline as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def list_inaccessible_pipelines(
        self,
        *,
        deal_ids: list[int],
        user_id: int,
    ) -> InaccessiblePipelineList:
        """List the pipelines of the given deals that a user may not access

        `GET /dealGroup/get_inaccessible_deal_groups`

        Args:
            deal_ids: Ids of the deals whose pipelines to check; repeat the parameter for each.
            user_id: Id of the user.

        """
        from . import list_inaccessible_pipelines as _operation

        request = _operation._get_kwargs(
            deal_ids=deal_ids,
            user_id=user_id,
        )
        return cast("InaccessiblePipelineList", self._caller.call(_operation.ROUTE, request))

    def list_pipeline_users(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> PipelineUserList:
        """List which users may use which pipelines

        `GET /dealGroupUsers`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `deal_group_users`). Items are shaped like the `dealGroupUsers` of `PUT /dealGroups/{id}`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_pipeline_users as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("PipelineUserList", self._caller.call(_operation.ROUTE, request))


class AsyncPipelinesOperations:
    """The `pipelines` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_pipelines(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_title: str | Unset = UNSET,
        filters_have_stages: ListPipelinesFiltersHaveStages | Unset = UNSET,
        orders_title: SortDirection | Unset = UNSET,
        orders_popular: SortDirection | Unset = UNSET,
    ) -> PipelineList:
        """List pipelines with their stages

        `GET /dealGroups`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_title: Keep pipelines whose title contains this text.
            filters_have_stages: 1 keeps only pipelines that have stages.
            orders_title: Sort direction of an `orders[...]` parameter.
            orders_popular: Sort direction of an `orders[...]` parameter.

        """
        from . import list_pipelines as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_title=filters_title,
            filters_have_stages=filters_have_stages,
            orders_title=orders_title,
            orders_popular=orders_popular,
        )
        return cast("PipelineList", await self._caller.call(_operation.ROUTE, request))

    async def create_pipeline(
        self,
        *,
        body: PipelineCreateRequest,
    ) -> PipelineEnvelope:
        """Create a pipeline; it comes with three default stages

        `POST /dealGroups`

        Args:
            body:

        """
        from . import create_pipeline as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("PipelineEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_pipeline(
        self,
        id: str,
    ) -> PipelineEnvelope:
        """Retrieve a pipeline with its stages

        `GET /dealGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_pipeline as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("PipelineEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_pipeline(
        self,
        id: str,
        *,
        body: PipelineUpdateRequest,
    ) -> PipelineEnvelope:
        """Update a pipeline's title, currency, permissions or auto-assignment

        `PUT /dealGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_pipeline as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("PipelineEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_pipeline(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a pipeline together with its stages and deals

        `DELETE /dealGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_pipeline as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def list_inaccessible_pipelines(
        self,
        *,
        deal_ids: list[int],
        user_id: int,
    ) -> InaccessiblePipelineList:
        """List the pipelines of the given deals that a user may not access

        `GET /dealGroup/get_inaccessible_deal_groups`

        Args:
            deal_ids: Ids of the deals whose pipelines to check; repeat the parameter for each.
            user_id: Id of the user.

        """
        from . import list_inaccessible_pipelines as _operation

        request = _operation._get_kwargs(
            deal_ids=deal_ids,
            user_id=user_id,
        )
        return cast("InaccessiblePipelineList", await self._caller.call(_operation.ROUTE, request))

    async def list_pipeline_users(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> PipelineUserList:
        """List which users may use which pipelines

        `GET /dealGroupUsers`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `deal_group_users`). Items are shaped like the `dealGroupUsers` of `PUT /dealGroups/{id}`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_pipeline_users as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("PipelineUserList", await self._caller.call(_operation.ROUTE, request))
