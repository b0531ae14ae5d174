"""The `deal_stages` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.create_deal_stage_reorder import CreateDealStageReorder, check_create_deal_stage_reorder
    from ...models.deal_stage_create_request import DealStageCreateRequest
    from ...models.deal_stage_envelope import DealStageEnvelope
    from ...models.deal_stage_list import DealStageList
    from ...models.deal_stage_move_request import DealStageMoveRequest
    from ...models.deal_stage_move_result import DealStageMoveResult
    from ...models.deal_stage_update_request import DealStageUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.sort_direction import SortDirection, check_sort_direction
    from ...models.update_deal_stage_reorder import UpdateDealStageReorder, check_update_deal_stage_reorder
    from .. import AsyncCaller, Caller


class DealStagesOperations:
    """The `deal_stages` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_deal_stages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_title: str | Unset = UNSET,
        filters_d_groupid: str | Unset = UNSET,
        orders_title: SortDirection | Unset = UNSET,
    ) -> DealStageList:
        """List stages, optionally of one pipeline or by title

        `GET /dealStages`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_title: Keep stages whose title contains this text.
            filters_d_groupid: Keep stages of this pipeline (id).
            orders_title: Sort direction of an `orders[...]` parameter.

        """
        from . import list_deal_stages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_title=filters_title,
            filters_d_groupid=filters_d_groupid,
            orders_title=orders_title,
        )
        return cast("DealStageList", self._caller.call(_operation.ROUTE, request))

    def create_deal_stage(
        self,
        *,
        body: DealStageCreateRequest,
        reorder: CreateDealStageReorder | Unset = UNSET,
    ) -> DealStageEnvelope:
        """Add a stage to a pipeline

        `POST /dealStages`

        Args:
            reorder: 1 renumbers the pipeline's stages after the change so their orders are consecutive;
                0 (the default) leaves them.
            body:

        """
        from . import create_deal_stage as _operation

        request = _operation._get_kwargs(
            body=body,
            reorder=reorder,
        )
        return cast("DealStageEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_deal_stage(
        self,
        id: str,
    ) -> DealStageEnvelope:
        """Retrieve a stage

        `GET /dealStages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_deal_stage as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealStageEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_deal_stage(
        self,
        id: str,
        *,
        body: DealStageUpdateRequest,
        reorder: UpdateDealStageReorder | Unset = UNSET,
    ) -> DealStageEnvelope:
        """Rename, reorder or restyle a stage

        `PUT /dealStages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            reorder: 1 renumbers the pipeline's stages after the change so their orders are consecutive;
                0 (the default) leaves them.
            body:

        """
        from . import update_deal_stage as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
            reorder=reorder,
        )
        return cast("DealStageEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_deal_stage(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a stage

        `DELETE /dealStages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal_stage as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def move_deals_to_stage(
        self,
        id: str,
        *,
        body: DealStageMoveRequest,
    ) -> DealStageMoveResult:
        """Move every deal of this stage into another stage of the same pipeline

        `PUT /dealStages/{id}/deals`

        The path names the stage to empty; the body names the target stage. A target in another pipeline
        fails with 422.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import move_deals_to_stage as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealStageMoveResult", self._caller.call(_operation.ROUTE, request))


class AsyncDealStagesOperations:
    """The `deal_stages` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_deal_stages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_title: str | Unset = UNSET,
        filters_d_groupid: str | Unset = UNSET,
        orders_title: SortDirection | Unset = UNSET,
    ) -> DealStageList:
        """List stages, optionally of one pipeline or by title

        `GET /dealStages`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_title: Keep stages whose title contains this text.
            filters_d_groupid: Keep stages of this pipeline (id).
            orders_title: Sort direction of an `orders[...]` parameter.

        """
        from . import list_deal_stages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_title=filters_title,
            filters_d_groupid=filters_d_groupid,
            orders_title=orders_title,
        )
        return cast("DealStageList", await self._caller.call(_operation.ROUTE, request))

    async def create_deal_stage(
        self,
        *,
        body: DealStageCreateRequest,
        reorder: CreateDealStageReorder | Unset = UNSET,
    ) -> DealStageEnvelope:
        """Add a stage to a pipeline

        `POST /dealStages`

        Args:
            reorder: 1 renumbers the pipeline's stages after the change so their orders are consecutive;
                0 (the default) leaves them.
            body:

        """
        from . import create_deal_stage as _operation

        request = _operation._get_kwargs(
            body=body,
            reorder=reorder,
        )
        return cast("DealStageEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_deal_stage(
        self,
        id: str,
    ) -> DealStageEnvelope:
        """Retrieve a stage

        `GET /dealStages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_deal_stage as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealStageEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_deal_stage(
        self,
        id: str,
        *,
        body: DealStageUpdateRequest,
        reorder: UpdateDealStageReorder | Unset = UNSET,
    ) -> DealStageEnvelope:
        """Rename, reorder or restyle a stage

        `PUT /dealStages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            reorder: 1 renumbers the pipeline's stages after the change so their orders are consecutive;
                0 (the default) leaves them.
            body:

        """
        from . import update_deal_stage as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
            reorder=reorder,
        )
        return cast("DealStageEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_deal_stage(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a stage

        `DELETE /dealStages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal_stage as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def move_deals_to_stage(
        self,
        id: str,
        *,
        body: DealStageMoveRequest,
    ) -> DealStageMoveResult:
        """Move every deal of this stage into another stage of the same pipeline

        `PUT /dealStages/{id}/deals`

        The path names the stage to empty; the body names the target stage. A target in another pipeline
        fails with 422.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import move_deals_to_stage as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealStageMoveResult", await self._caller.call(_operation.ROUTE, request))
