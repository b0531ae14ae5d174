"""The `activities` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.activity_list import ActivityList
    from ...models.error_response import ErrorResponse
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class ActivitiesOperations:
    """The `activities` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        contact: str | Unset = UNSET,
        after: str | Unset = UNSET,
        include: str | Unset = UNSET,
        orders_tstamp: SortDirection | Unset = UNSET,
        emails: bool | Unset = UNSET,
    ) -> ActivityList:
        """List a contact's recent activity

        `GET /activities`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            contact: Id of the contact whose activity to list.
            after: Keep activity after this date or date-time.
            include: Comma-separated related records to side-load, for example
                `notes,notes.user,recipients,recipients.recipient,reference`.
            orders_tstamp: Sort direction of an `orders[...]` parameter.
            emails: Set to `true` to include email fields in each activity.

        """
        from . import list_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            contact=contact,
            after=after,
            include=include,
            orders_tstamp=orders_tstamp,
            emails=emails,
        )
        return cast("ActivityList", self._caller.call(_operation.ROUTE, request))


class AsyncActivitiesOperations:
    """The `activities` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        contact: str | Unset = UNSET,
        after: str | Unset = UNSET,
        include: str | Unset = UNSET,
        orders_tstamp: SortDirection | Unset = UNSET,
        emails: bool | Unset = UNSET,
    ) -> ActivityList:
        """List a contact's recent activity

        `GET /activities`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            contact: Id of the contact whose activity to list.
            after: Keep activity after this date or date-time.
            include: Comma-separated related records to side-load, for example
                `notes,notes.user,recipients,recipients.recipient,reference`.
            orders_tstamp: Sort direction of an `orders[...]` parameter.
            emails: Set to `true` to include email fields in each activity.

        """
        from . import list_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            contact=contact,
            after=after,
            include=include,
            orders_tstamp=orders_tstamp,
            emails=emails,
        )
        return cast("ActivityList", await self._caller.call(_operation.ROUTE, request))
