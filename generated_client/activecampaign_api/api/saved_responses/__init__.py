"""The `saved_responses` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.saved_response_create_request import SavedResponseCreateRequest
    from ...models.saved_response_envelope import SavedResponseEnvelope
    from ...models.saved_response_list import SavedResponseList
    from ...models.saved_response_update_request import SavedResponseUpdateRequest
    from .. import AsyncCaller, Caller


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
        from . import list_saved_responses as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SavedResponseList", self._caller.call(_operation.ROUTE, request))

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
        from . import create_saved_response as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SavedResponseEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_saved_response(
        self,
        id: str,
    ) -> SavedResponseEnvelope:
        """Retrieve a saved response

        `GET /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_saved_response as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SavedResponseEnvelope", self._caller.call(_operation.ROUTE, request))

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
        from . import update_saved_response as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("SavedResponseEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_saved_response(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a saved response

        `DELETE /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_saved_response as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


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
        from . import list_saved_responses as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SavedResponseList", await self._caller.call(_operation.ROUTE, request))

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
        from . import create_saved_response as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SavedResponseEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_saved_response(
        self,
        id: str,
    ) -> SavedResponseEnvelope:
        """Retrieve a saved response

        `GET /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_saved_response as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SavedResponseEnvelope", await self._caller.call(_operation.ROUTE, request))

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
        from . import update_saved_response as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("SavedResponseEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_saved_response(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a saved response

        `DELETE /savedResponses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_saved_response as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
