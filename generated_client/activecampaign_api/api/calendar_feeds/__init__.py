"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.calendar_feed_create_request import CalendarFeedCreateRequest
from ...models.calendar_feed_envelope import CalendarFeedEnvelope
from ...models.calendar_feed_list import CalendarFeedList
from ...models.calendar_feed_update_request import CalendarFeedUpdateRequest
from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_calendar_feed as _create_calendar_feed
from . import delete_calendar_feed as _delete_calendar_feed
from . import get_calendar_feed as _get_calendar_feed
from . import list_calendar_feeds as _list_calendar_feeds
from . import update_calendar_feed as _update_calendar_feed


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
        request = _list_calendar_feeds._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(CalendarFeedList, self._caller.call(request, _list_calendar_feeds._parse_response, (200,)))

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
        request = _create_calendar_feed._get_kwargs(
            body=body,
        )
        return cast(CalendarFeedEnvelope, self._caller.call(request, _create_calendar_feed._parse_response, (200, 201)))

    def get_calendar_feed(
        self,
        id: str,
    ) -> CalendarFeedEnvelope:
        """Retrieve a calendar feed

        `GET /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_calendar_feed._get_kwargs(
            id=id,
        )
        return cast(CalendarFeedEnvelope, self._caller.call(request, _get_calendar_feed._parse_response, (200,)))

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
        request = _update_calendar_feed._get_kwargs(
            id=id,
            body=body,
        )
        return cast(CalendarFeedEnvelope, self._caller.call(request, _update_calendar_feed._parse_response, (200,)))

    def delete_calendar_feed(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a calendar feed

        `DELETE /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_calendar_feed._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_calendar_feed._parse_response, (200,)))


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
        request = _list_calendar_feeds._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(CalendarFeedList, await self._caller.call(request, _list_calendar_feeds._parse_response, (200,)))

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
        request = _create_calendar_feed._get_kwargs(
            body=body,
        )
        return cast(
            CalendarFeedEnvelope, await self._caller.call(request, _create_calendar_feed._parse_response, (200, 201))
        )

    async def get_calendar_feed(
        self,
        id: str,
    ) -> CalendarFeedEnvelope:
        """Retrieve a calendar feed

        `GET /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_calendar_feed._get_kwargs(
            id=id,
        )
        return cast(CalendarFeedEnvelope, await self._caller.call(request, _get_calendar_feed._parse_response, (200,)))

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
        request = _update_calendar_feed._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            CalendarFeedEnvelope, await self._caller.call(request, _update_calendar_feed._parse_response, (200,))
        )

    async def delete_calendar_feed(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a calendar feed

        `DELETE /calendars/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_calendar_feed._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_calendar_feed._parse_response, (200,)))
