"""The `event_tracking` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.event_tracking_envelope import EventTrackingEnvelope
    from ...models.event_tracking_event_envelope import EventTrackingEventEnvelope
    from ...models.event_tracking_event_list import EventTrackingEventList
    from ...models.event_tracking_update_request import EventTrackingUpdateRequest
    from ...models.local_event_create_request import LocalEventCreateRequest
    from ...models.tracked_event_request import TrackedEventRequest
    from ...models.tracked_event_result import TrackedEventResult
    from .. import AsyncCaller, Caller


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
        from . import get_event_tracking as _operation

        request = _operation._get_kwargs()
        return cast("EventTrackingEnvelope", self._caller.call(_operation.ROUTE, request))

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
        from . import update_event_tracking as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("EventTrackingEnvelope", self._caller.call(_operation.ROUTE, request))

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
        from . import list_event_tracking_events as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("EventTrackingEventList", self._caller.call(_operation.ROUTE, request))

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
        from . import create_event_tracking_event as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("EventTrackingEventEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_event_tracking_event(
        self,
        event_name: str,
    ) -> dict[str, Any]:
        """Remove a tracked event name

        `DELETE /eventTrackingEvents/{event_name}`

        Args:
            event_name: The event's name (percent-encoded in the URL; spaces are allowed).

        """
        from . import delete_event_tracking_event as _operation

        request = _operation._get_kwargs(
            event_name=event_name,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def create_local_event(
        self,
        *,
        body: LocalEventCreateRequest,
    ) -> dict[str, Any]:
        """Record a site or event tracking hit for a contact

        `POST /localevent`

        Used by the tracking service (trackcmp.net) to store a tracked hit, such as a page visit, for the
        contact with this email address.

        Args:
            body:

        """
        from . import create_local_event as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

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
        from . import track_event as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TrackedEventResult", self._caller.call(_operation.ROUTE, request))


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
        from . import get_event_tracking as _operation

        request = _operation._get_kwargs()
        return cast("EventTrackingEnvelope", await self._caller.call(_operation.ROUTE, request))

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
        from . import update_event_tracking as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("EventTrackingEnvelope", await self._caller.call(_operation.ROUTE, request))

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
        from . import list_event_tracking_events as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("EventTrackingEventList", await self._caller.call(_operation.ROUTE, request))

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
        from . import create_event_tracking_event as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("EventTrackingEventEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_event_tracking_event(
        self,
        event_name: str,
    ) -> dict[str, Any]:
        """Remove a tracked event name

        `DELETE /eventTrackingEvents/{event_name}`

        Args:
            event_name: The event's name (percent-encoded in the URL; spaces are allowed).

        """
        from . import delete_event_tracking_event as _operation

        request = _operation._get_kwargs(
            event_name=event_name,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def create_local_event(
        self,
        *,
        body: LocalEventCreateRequest,
    ) -> dict[str, Any]:
        """Record a site or event tracking hit for a contact

        `POST /localevent`

        Used by the tracking service (trackcmp.net) to store a tracked hit, such as a page visit, for the
        contact with this email address.

        Args:
            body:

        """
        from . import create_local_event as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

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
        from . import track_event as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TrackedEventResult", await self._caller.call(_operation.ROUTE, request))
