"""The `messages` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.message_create_request import MessageCreateRequest
    from ...models.message_envelope import MessageEnvelope
    from ...models.message_list import MessageList
    from ...models.message_update_request import MessageUpdateRequest
    from .. import AsyncCaller, Caller


class MessagesOperations:
    """The `messages` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> MessageList:
        """List messages

        `GET /messages`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_messages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("MessageList", self._caller.call(_operation.ROUTE, request))

    def create_message(
        self,
        *,
        body: MessageCreateRequest,
    ) -> MessageEnvelope:
        """Create a message

        `POST /messages`

        Args:
            body:

        """
        from . import create_message as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("MessageEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_message(
        self,
        id: str,
    ) -> MessageEnvelope:
        """Retrieve a message with its HTML and text bodies

        `GET /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_message as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("MessageEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_message(
        self,
        id: str,
        *,
        body: MessageUpdateRequest,
    ) -> MessageEnvelope:
        """Change a message's sender, subject or content

        `PUT /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_message as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("MessageEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_message(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a message

        `DELETE /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_message as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncMessagesOperations:
    """The `messages` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> MessageList:
        """List messages

        `GET /messages`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_messages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("MessageList", await self._caller.call(_operation.ROUTE, request))

    async def create_message(
        self,
        *,
        body: MessageCreateRequest,
    ) -> MessageEnvelope:
        """Create a message

        `POST /messages`

        Args:
            body:

        """
        from . import create_message as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("MessageEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_message(
        self,
        id: str,
    ) -> MessageEnvelope:
        """Retrieve a message with its HTML and text bodies

        `GET /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_message as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("MessageEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_message(
        self,
        id: str,
        *,
        body: MessageUpdateRequest,
    ) -> MessageEnvelope:
        """Change a message's sender, subject or content

        `PUT /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_message as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("MessageEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_message(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a message

        `DELETE /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_message as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
