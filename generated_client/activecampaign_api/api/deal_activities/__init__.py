"""The `deal_activities` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.deal_activity_list import DealActivityList
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class DealActivitiesOperations:
    """The `deal_activities` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_deal_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        deal: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        filters_data_type: str | Unset = UNSET,
        filters_data_id: str | Unset = UNSET,
    ) -> DealActivityList:
        """List recent deal activity, optionally for one deal or one kind of record

        `GET /dealActivities`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            deal: Keep the activity of this deal (id).
            exclude: When present, leave out email, connection email and link activity entries.
            filters_data_type: Keep entries about this kind of record, for example `note`, `task` or
                `userid`.
            filters_data_id: Keep entries about the record with this id (see `dataId`).

        """
        from . import list_deal_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            deal=deal,
            exclude=exclude,
            filters_data_type=filters_data_type,
            filters_data_id=filters_data_id,
        )
        return cast("DealActivityList", self._caller.call(_operation.ROUTE, request))

    def list_deal_deal_activities(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> DealActivityList:
        """List the activity stream of one deal

        `GET /deals/{id}/dealActivities`

        Undocumented: called by selesnow/ractivecampaign (`R/ac_get_deal_activities.R`). Items are shaped
        like those of `GET /dealActivities`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_deal_deal_activities as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("DealActivityList", self._caller.call(_operation.ROUTE, request))


class AsyncDealActivitiesOperations:
    """The `deal_activities` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_deal_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        deal: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        filters_data_type: str | Unset = UNSET,
        filters_data_id: str | Unset = UNSET,
    ) -> DealActivityList:
        """List recent deal activity, optionally for one deal or one kind of record

        `GET /dealActivities`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            deal: Keep the activity of this deal (id).
            exclude: When present, leave out email, connection email and link activity entries.
            filters_data_type: Keep entries about this kind of record, for example `note`, `task` or
                `userid`.
            filters_data_id: Keep entries about the record with this id (see `dataId`).

        """
        from . import list_deal_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            deal=deal,
            exclude=exclude,
            filters_data_type=filters_data_type,
            filters_data_id=filters_data_id,
        )
        return cast("DealActivityList", await self._caller.call(_operation.ROUTE, request))

    async def list_deal_deal_activities(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> DealActivityList:
        """List the activity stream of one deal

        `GET /deals/{id}/dealActivities`

        Undocumented: called by selesnow/ractivecampaign (`R/ac_get_deal_activities.R`). Items are shaped
        like those of `GET /dealActivities`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_deal_deal_activities as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("DealActivityList", await self._caller.call(_operation.ROUTE, request))
