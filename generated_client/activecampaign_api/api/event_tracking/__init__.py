"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.event_tracking_envelope import EventTrackingEnvelope
from ...models.event_tracking_event_envelope import EventTrackingEventEnvelope
from ...models.event_tracking_event_list import EventTrackingEventList
from ...models.event_tracking_update_request import EventTrackingUpdateRequest
from ...models.local_event_create_request import LocalEventCreateRequest
from ...models.tracked_event_request import TrackedEventRequest
from ...models.tracked_event_result import TrackedEventResult
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_event_tracking_event as _create_event_tracking_event
from . import create_local_event as _create_local_event
from . import delete_event_tracking_event as _delete_event_tracking_event
from . import get_event_tracking as _get_event_tracking
from . import list_event_tracking_events as _list_event_tracking_events
from . import track_event as _track_event
from . import update_event_tracking as _update_event_tracking


class EventTrackingOperations:
    """The `event_tracking` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_event_tracking(
        self,
    ) -> EventTrackingEnvelope:
        """Tell whether event tracking is on

        `GET /eventTracking`
        """
        request = _get_event_tracking._get_kwargs()
        return cast(EventTrackingEnvelope, self._caller.call(request, _get_event_tracking._parse_response, (200,)))

    def update_event_tracking(
        self,
        *,
        body: EventTrackingUpdateRequest,
    ) -> EventTrackingEnvelope:
        """Turn event tracking on or off

        `PUT /eventTracking`

        Args:
            body:

        """
        request = _update_event_tracking._get_kwargs(
            body=body,
        )
        return cast(EventTrackingEnvelope, self._caller.call(request, _update_event_tracking._parse_response, (200,)))

    def list_event_tracking_events(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> EventTrackingEventList:
        """List the names of tracked events

        `GET /eventTrackingEvents`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_event_tracking_events._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(
            EventTrackingEventList, self._caller.call(request, _list_event_tracking_events._parse_response, (200,))
        )

    def create_event_tracking_event(
        self,
        *,
        body: EventTrackingEventEnvelope,
    ) -> EventTrackingEventEnvelope:
        """Register an event name so it can be tracked and used in automations

        `POST /eventTrackingEvents`

        Args:
            body:

        """
        request = _create_event_tracking_event._get_kwargs(
            body=body,
        )
        return cast(
            EventTrackingEventEnvelope,
            self._caller.call(request, _create_event_tracking_event._parse_response, (200, 201)),
        )

    def delete_event_tracking_event(
        self,
        event_name: str,
    ) -> EmptyObject:
        """Remove a tracked event name

        `DELETE /eventTrackingEvents/{event_name}`

        Args:
            event_name: The event's name (percent-encoded in the URL; spaces are allowed).

        """
        request = _delete_event_tracking_event._get_kwargs(
            event_name=event_name,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_event_tracking_event._parse_response, (200,)))

    def create_local_event(
        self,
        *,
        body: LocalEventCreateRequest,
    ) -> EmptyObject:
        """Record a site or event tracking hit for a contact

        `POST /localevent`

        Used by the tracking service (trackcmp.net) to store a tracked hit, such as a page visit, for the
        contact with this email address.

        Args:
            body:

        """
        request = _create_local_event._get_kwargs(
            body=body,
        )
        return cast(EmptyObject, self._caller.call(request, _create_local_event._parse_response, (200, 201)))

    def track_event(
        self,
        *,
        body: TrackedEventRequest,
    ) -> TrackedEventResult:
        """Record a custom event for a contact

        `POST /event`

        Served by the tracking host https://trackcmp.net, not the account's API host, and authenticated by
        the account's event key: `actid` and `key` (Settings > Tracking > Event Tracking) travel in the
        form-encoded body. The `Api-Token` must never be sent to this host. The event name must exist (`POST
        /eventTrackingEvents`) unless the account creates events on first use. `success` is 0 with a
        `message` when the key or the contact is wrong, still with status 200.

        Args:
            body: One event, form-encoded.

        """
        request = _track_event._get_kwargs(
            body=body,
        )
        return cast(TrackedEventResult, self._caller.call(request, _track_event._parse_response, (200,)))


class AsyncEventTrackingOperations:
    """The `event_tracking` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_event_tracking(
        self,
    ) -> EventTrackingEnvelope:
        """Tell whether event tracking is on

        `GET /eventTracking`
        """
        request = _get_event_tracking._get_kwargs()
        return cast(
            EventTrackingEnvelope, await self._caller.call(request, _get_event_tracking._parse_response, (200,))
        )

    async def update_event_tracking(
        self,
        *,
        body: EventTrackingUpdateRequest,
    ) -> EventTrackingEnvelope:
        """Turn event tracking on or off

        `PUT /eventTracking`

        Args:
            body:

        """
        request = _update_event_tracking._get_kwargs(
            body=body,
        )
        return cast(
            EventTrackingEnvelope, await self._caller.call(request, _update_event_tracking._parse_response, (200,))
        )

    async def list_event_tracking_events(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> EventTrackingEventList:
        """List the names of tracked events

        `GET /eventTrackingEvents`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_event_tracking_events._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(
            EventTrackingEventList,
            await self._caller.call(request, _list_event_tracking_events._parse_response, (200,)),
        )

    async def create_event_tracking_event(
        self,
        *,
        body: EventTrackingEventEnvelope,
    ) -> EventTrackingEventEnvelope:
        """Register an event name so it can be tracked and used in automations

        `POST /eventTrackingEvents`

        Args:
            body:

        """
        request = _create_event_tracking_event._get_kwargs(
            body=body,
        )
        return cast(
            EventTrackingEventEnvelope,
            await self._caller.call(request, _create_event_tracking_event._parse_response, (200, 201)),
        )

    async def delete_event_tracking_event(
        self,
        event_name: str,
    ) -> EmptyObject:
        """Remove a tracked event name

        `DELETE /eventTrackingEvents/{event_name}`

        Args:
            event_name: The event's name (percent-encoded in the URL; spaces are allowed).

        """
        request = _delete_event_tracking_event._get_kwargs(
            event_name=event_name,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_event_tracking_event._parse_response, (200,)))

    async def create_local_event(
        self,
        *,
        body: LocalEventCreateRequest,
    ) -> EmptyObject:
        """Record a site or event tracking hit for a contact

        `POST /localevent`

        Used by the tracking service (trackcmp.net) to store a tracked hit, such as a page visit, for the
        contact with this email address.

        Args:
            body:

        """
        request = _create_local_event._get_kwargs(
            body=body,
        )
        return cast(EmptyObject, await self._caller.call(request, _create_local_event._parse_response, (200, 201)))

    async def track_event(
        self,
        *,
        body: TrackedEventRequest,
    ) -> TrackedEventResult:
        """Record a custom event for a contact

        `POST /event`

        Served by the tracking host https://trackcmp.net, not the account's API host, and authenticated by
        the account's event key: `actid` and `key` (Settings > Tracking > Event Tracking) travel in the
        form-encoded body. The `Api-Token` must never be sent to this host. The event name must exist (`POST
        /eventTrackingEvents`) unless the account creates events on first use. `success` is 0 with a
        `message` when the key or the contact is wrong, still with status 200.

        Args:
            body: One event, form-encoded.

        """
        request = _track_event._get_kwargs(
            body=body,
        )
        return cast(TrackedEventResult, await self._caller.call(request, _track_event._parse_response, (200,)))
