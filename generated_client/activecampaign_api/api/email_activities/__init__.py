"""The `email_activities` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.email_activity_list import EmailActivityList
    from ...models.error_response import ErrorResponse
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class EmailActivitiesOperations:
    """The `email_activities` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_email_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_subscriberid: str | Unset = UNSET,
        filters_deal_id: str | Unset = UNSET,
        filters_fieldid: str | Unset = UNSET,
        orders_tstamp: SortDirection | Unset = UNSET,
        orders_subscriberid: SortDirection | Unset = UNSET,
    ) -> EmailActivityList:
        """List emails logged against a contact or a deal

        `GET /emailActivities`

        The reference shows only an empty example answer; the item shape declared here is inferred from
        sibling resources and other clients.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_subscriberid: Keep the emails of this contact.
            filters_deal_id: Keep the emails of this deal.
            filters_fieldid: Only email activities with this `fieldid`.
            orders_tstamp: Sort direction of an `orders[...]` parameter.
            orders_subscriberid: Sort direction of an `orders[...]` parameter.

        """
        from . import list_email_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_subscriberid=filters_subscriberid,
            filters_deal_id=filters_deal_id,
            filters_fieldid=filters_fieldid,
            orders_tstamp=orders_tstamp,
            orders_subscriberid=orders_subscriberid,
        )
        return cast("EmailActivityList", self._caller.call(_operation.ROUTE, request))


class AsyncEmailActivitiesOperations:
    """The `email_activities` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_email_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_subscriberid: str | Unset = UNSET,
        filters_deal_id: str | Unset = UNSET,
        filters_fieldid: str | Unset = UNSET,
        orders_tstamp: SortDirection | Unset = UNSET,
        orders_subscriberid: SortDirection | Unset = UNSET,
    ) -> EmailActivityList:
        """List emails logged against a contact or a deal

        `GET /emailActivities`

        The reference shows only an empty example answer; the item shape declared here is inferred from
        sibling resources and other clients.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_subscriberid: Keep the emails of this contact.
            filters_deal_id: Keep the emails of this deal.
            filters_fieldid: Only email activities with this `fieldid`.
            orders_tstamp: Sort direction of an `orders[...]` parameter.
            orders_subscriberid: Sort direction of an `orders[...]` parameter.

        """
        from . import list_email_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_subscriberid=filters_subscriberid,
            filters_deal_id=filters_deal_id,
            filters_fieldid=filters_fieldid,
            orders_tstamp=orders_tstamp,
            orders_subscriberid=orders_subscriberid,
        )
        return cast("EmailActivityList", await self._caller.call(_operation.ROUTE, request))
