"""The `calendar_feeds` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.calendar_feed_create_request import CalendarFeedCreateRequest
    from ...models.calendar_feed_envelope import CalendarFeedEnvelope
    from ...models.calendar_feed_list import CalendarFeedList
    from ...models.calendar_feed_update_request import CalendarFeedUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class CalendarFeedsOperations:
    """The `calendar_feeds` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_calendar_feeds(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CalendarFeedList:
        """List calendar feeds

        `GET /calendars`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_calendar_feeds as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("CalendarFeedList", self._caller.call(_operation.ROUTE, request))

    def create_calendar_feed(
        self,
        *,
        body: CalendarFeedCreateRequest,
    ) -> CalendarFeedEnvelope:
        """Create a calendar feed of all, deal or contact tasks

        `POST /calendars`

        Args:
            body:

        """
        from . import create_calendar_feed as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CalendarFeedEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_calendar_feed(
        self,
        id: str,
    ) -> CalendarFeedEnvelope:
        """Retrieve a calendar feed

        `GET /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_calendar_feed as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CalendarFeedEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_calendar_feed(
        self,
        id: str,
        *,
        body: CalendarFeedUpdateRequest,
    ) -> CalendarFeedEnvelope:
        """Change a calendar feed's title, type or notifications

        `PUT /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_calendar_feed as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("CalendarFeedEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_calendar_feed(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a calendar feed

        `DELETE /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_calendar_feed as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncCalendarFeedsOperations:
    """The `calendar_feeds` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_calendar_feeds(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CalendarFeedList:
        """List calendar feeds

        `GET /calendars`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_calendar_feeds as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("CalendarFeedList", await self._caller.call(_operation.ROUTE, request))

    async def create_calendar_feed(
        self,
        *,
        body: CalendarFeedCreateRequest,
    ) -> CalendarFeedEnvelope:
        """Create a calendar feed of all, deal or contact tasks

        `POST /calendars`

        Args:
            body:

        """
        from . import create_calendar_feed as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CalendarFeedEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_calendar_feed(
        self,
        id: str,
    ) -> CalendarFeedEnvelope:
        """Retrieve a calendar feed

        `GET /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_calendar_feed as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CalendarFeedEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_calendar_feed(
        self,
        id: str,
        *,
        body: CalendarFeedUpdateRequest,
    ) -> CalendarFeedEnvelope:
        """Change a calendar feed's title, type or notifications

        `PUT /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_calendar_feed as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("CalendarFeedEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_calendar_feed(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a calendar feed

        `DELETE /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_calendar_feed as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
