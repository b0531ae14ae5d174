"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.message_create_request import MessageCreateRequest
from ...models.message_envelope import MessageEnvelope
from ...models.message_list import MessageList
from ...models.message_update_request import MessageUpdateRequest
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_message as _create_message
from . import delete_message as _delete_message
from . import get_message as _get_message
from . import list_messages as _list_messages
from . import update_message as _update_message


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
        request = _list_messages._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(MessageList, self._caller.call(request, _list_messages._parse_response, (200,)))

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
        request = _create_message._get_kwargs(
            body=body,
        )
        return cast(MessageEnvelope, self._caller.call(request, _create_message._parse_response, (200, 201)))

    def get_message(
        self,
        id: str,
    ) -> MessageEnvelope:
        """Retrieve a message with its HTML and text bodies

        `GET /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_message._get_kwargs(
            id=id,
        )
        return cast(MessageEnvelope, self._caller.call(request, _get_message._parse_response, (200,)))

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
        request = _update_message._get_kwargs(
            id=id,
            body=body,
        )
        return cast(MessageEnvelope, self._caller.call(request, _update_message._parse_response, (200,)))

    def delete_message(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a message

        `DELETE /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_message._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_message._parse_response, (200,)))


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
        request = _list_messages._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(MessageList, await self._caller.call(request, _list_messages._parse_response, (200,)))

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
        request = _create_message._get_kwargs(
            body=body,
        )
        return cast(MessageEnvelope, await self._caller.call(request, _create_message._parse_response, (200, 201)))

    async def get_message(
        self,
        id: str,
    ) -> MessageEnvelope:
        """Retrieve a message with its HTML and text bodies

        `GET /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_message._get_kwargs(
            id=id,
        )
        return cast(MessageEnvelope, await self._caller.call(request, _get_message._parse_response, (200,)))

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
        request = _update_message._get_kwargs(
            id=id,
            body=body,
        )
        return cast(MessageEnvelope, await self._caller.call(request, _update_message._parse_response, (200,)))

    async def delete_message(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a message

        `DELETE /messages/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_message._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_message._parse_response, (200,)))
