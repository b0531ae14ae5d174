"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.saved_response_create_request import SavedResponseCreateRequest
from ...models.saved_response_envelope import SavedResponseEnvelope
from ...models.saved_response_list import SavedResponseList
from ...models.saved_response_update_request import SavedResponseUpdateRequest
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_saved_response as _create_saved_response
from . import delete_saved_response as _delete_saved_response
from . import get_saved_response as _get_saved_response
from . import list_saved_responses as _list_saved_responses
from . import update_saved_response as _update_saved_response


class SavedResponsesOperations:
    """The `saved_responses` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_saved_responses(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SavedResponseList:
        """List saved responses

        `GET /savedResponses`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_saved_responses._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(SavedResponseList, self._caller.call(request, _list_saved_responses._parse_response, (200,)))

    def create_saved_response(
        self,
        *,
        body: SavedResponseCreateRequest,
    ) -> SavedResponseEnvelope:
        """Create a saved response

        `POST /savedResponses`

        Args:
            body:

        """
        request = _create_saved_response._get_kwargs(
            body=body,
        )
        return cast(
            SavedResponseEnvelope, self._caller.call(request, _create_saved_response._parse_response, (200, 201))
        )

    def get_saved_response(
        self,
        id: str,
    ) -> SavedResponseEnvelope:
        """Retrieve a saved response

        `GET /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_saved_response._get_kwargs(
            id=id,
        )
        return cast(SavedResponseEnvelope, self._caller.call(request, _get_saved_response._parse_response, (200,)))

    def update_saved_response(
        self,
        id: str,
        *,
        body: SavedResponseUpdateRequest,
    ) -> SavedResponseEnvelope:
        """Change a saved response's title, subject or body

        `PUT /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        request = _update_saved_response._get_kwargs(
            id=id,
            body=body,
        )
        return cast(SavedResponseEnvelope, self._caller.call(request, _update_saved_response._parse_response, (200,)))

    def delete_saved_response(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a saved response

        `DELETE /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_saved_response._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_saved_response._parse_response, (200,)))


class AsyncSavedResponsesOperations:
    """The `saved_responses` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_saved_responses(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SavedResponseList:
        """List saved responses

        `GET /savedResponses`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_saved_responses._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(SavedResponseList, await self._caller.call(request, _list_saved_responses._parse_response, (200,)))

    async def create_saved_response(
        self,
        *,
        body: SavedResponseCreateRequest,
    ) -> SavedResponseEnvelope:
        """Create a saved response

        `POST /savedResponses`

        Args:
            body:

        """
        request = _create_saved_response._get_kwargs(
            body=body,
        )
        return cast(
            SavedResponseEnvelope, await self._caller.call(request, _create_saved_response._parse_response, (200, 201))
        )

    async def get_saved_response(
        self,
        id: str,
    ) -> SavedResponseEnvelope:
        """Retrieve a saved response

        `GET /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_saved_response._get_kwargs(
            id=id,
        )
        return cast(
            SavedResponseEnvelope, await self._caller.call(request, _get_saved_response._parse_response, (200,))
        )

    async def update_saved_response(
        self,
        id: str,
        *,
        body: SavedResponseUpdateRequest,
    ) -> SavedResponseEnvelope:
        """Change a saved response's title, subject or body

        `PUT /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        request = _update_saved_response._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            SavedResponseEnvelope, await self._caller.call(request, _update_saved_response._parse_response, (200,))
        )

    async def delete_saved_response(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a saved response

        `DELETE /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_saved_response._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_saved_response._parse_response, (200,)))
