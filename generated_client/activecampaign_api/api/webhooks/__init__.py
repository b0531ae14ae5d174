"""The `webhooks` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.webhook_create_request import WebhookCreateRequest
    from ...models.webhook_envelope import WebhookEnvelope
    from ...models.webhook_event_list import WebhookEventList
    from ...models.webhook_list import WebhookList
    from ...models.webhook_update_request import WebhookUpdateRequest
    from .. import AsyncCaller, Caller


class WebhooksOperations:
    """The `webhooks` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_webhooks(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_url: str | Unset = UNSET,
        filters_listid: str | Unset = UNSET,
    ) -> WebhookList:
        """List webhooks, optionally filtered by name, URL or list

        `GET /webhooks`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Keep webhooks with this name.
            filters_url: Keep webhooks posting to this URL.
            filters_listid: Keep webhooks tied to this list id.

        """
        from . import list_webhooks as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_url=filters_url,
            filters_listid=filters_listid,
        )
        return cast("WebhookList", self._caller.call(_operation.ROUTE, request))

    def create_webhook(
        self,
        *,
        body: WebhookCreateRequest,
    ) -> WebhookEnvelope:
        """Create a webhook for some events and sources

        `POST /webhooks`

        Args:
            body:

        """
        from . import create_webhook as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("WebhookEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_webhook(
        self,
        id: str,
    ) -> WebhookEnvelope:
        """Retrieve a webhook

        `GET /webhooks/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_webhook as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("WebhookEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_webhook(
        self,
        id: str,
        *,
        body: WebhookUpdateRequest,
    ) -> WebhookEnvelope:
        """Change a webhook's name, URL, events, sources or list

        `PUT /webhooks/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_webhook as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WebhookEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_webhook(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a webhook

        `DELETE /webhooks/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_webhook as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def list_webhook_events(
        self,
    ) -> WebhookEventList:
        """List the event names a webhook can subscribe to

        `GET /webhook/events`
        """
        from . import list_webhook_events as _operation

        request = _operation._get_kwargs()
        return cast("WebhookEventList", self._caller.call(_operation.ROUTE, request))


class AsyncWebhooksOperations:
    """The `webhooks` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_webhooks(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_url: str | Unset = UNSET,
        filters_listid: str | Unset = UNSET,
    ) -> WebhookList:
        """List webhooks, optionally filtered by name, URL or list

        `GET /webhooks`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Keep webhooks with this name.
            filters_url: Keep webhooks posting to this URL.
            filters_listid: Keep webhooks tied to this list id.

        """
        from . import list_webhooks as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_url=filters_url,
            filters_listid=filters_listid,
        )
        return cast("WebhookList", await self._caller.call(_operation.ROUTE, request))

    async def create_webhook(
        self,
        *,
        body: WebhookCreateRequest,
    ) -> WebhookEnvelope:
        """Create a webhook for some events and sources

        `POST /webhooks`

        Args:
            body:

        """
        from . import create_webhook as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("WebhookEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_webhook(
        self,
        id: str,
    ) -> WebhookEnvelope:
        """Retrieve a webhook

        `GET /webhooks/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_webhook as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("WebhookEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_webhook(
        self,
        id: str,
        *,
        body: WebhookUpdateRequest,
    ) -> WebhookEnvelope:
        """Change a webhook's name, URL, events, sources or list

        `PUT /webhooks/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_webhook as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WebhookEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_webhook(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a webhook

        `DELETE /webhooks/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_webhook as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def list_webhook_events(
        self,
    ) -> WebhookEventList:
        """List the event names a webhook can subscribe to

        `GET /webhook/events`
        """
        from . import list_webhook_events as _operation

        request = _operation._get_kwargs()
        return cast("WebhookEventList", await self._caller.call(_operation.ROUTE, request))
