"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.deal_activity_list import DealActivityList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import list_deal_activities as _list_deal_activities
from . import list_deal_deal_activities as _list_deal_deal_activities


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
        """
        request = _list_deal_activities._get_kwargs(
            limit=limit,
            offset=offset,
            deal=deal,
            exclude=exclude,
            filters_data_type=filters_data_type,
            filters_data_id=filters_data_id,
        )
        return cast(DealActivityList, self._caller.call(request, _list_deal_activities._parse_response, (200,)))

    def list_deal_deal_activities(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> DealActivityList:
        """List the activity stream of one deal

        `GET /deals/{id}/dealActivities`
        """
        request = _list_deal_deal_activities._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast(DealActivityList, self._caller.call(request, _list_deal_deal_activities._parse_response, (200,)))


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
        """
        request = _list_deal_activities._get_kwargs(
            limit=limit,
            offset=offset,
            deal=deal,
            exclude=exclude,
            filters_data_type=filters_data_type,
            filters_data_id=filters_data_id,
        )
        return cast(DealActivityList, await self._caller.call(request, _list_deal_activities._parse_response, (200,)))

    async def list_deal_deal_activities(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> DealActivityList:
        """List the activity stream of one deal

        `GET /deals/{id}/dealActivities`
        """
        request = _list_deal_deal_activities._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast(
            DealActivityList, await self._caller.call(request, _list_deal_deal_activities._parse_response, (200,))
        )
