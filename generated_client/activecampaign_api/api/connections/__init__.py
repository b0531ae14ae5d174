"""The `connections` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.connection_create_request import ConnectionCreateRequest
    from ...models.connection_envelope import ConnectionEnvelope
    from ...models.connection_list import ConnectionList
    from ...models.connection_update_request import ConnectionUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class ConnectionsOperations:
    """The `connections` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_connections(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_service: str | Unset = UNSET,
        filters_externalid: str | Unset = UNSET,
    ) -> ConnectionList:
        """List connections, optionally by service or external id

        `GET /connections`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_service: Keep connections to this service.
            filters_externalid: Keep connections with this id in the external service.

        """
        from . import list_connections as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_service=filters_service,
            filters_externalid=filters_externalid,
        )
        return cast("ConnectionList", self._caller.call(_operation.ROUTE, request))

    def create_connection(
        self,
        *,
        body: ConnectionCreateRequest,
    ) -> ConnectionEnvelope:
        """Connect an external service to the account

        `POST /connections`

        Args:
            body:

        """
        from . import create_connection as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ConnectionEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_connection(
        self,
        id: str,
    ) -> ConnectionEnvelope:
        """Retrieve a connection

        `GET /connections/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_connection as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ConnectionEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_connection(
        self,
        id: str,
        *,
        body: ConnectionUpdateRequest,
    ) -> ConnectionEnvelope:
        """Update a connection, or report its status and sync state

        `PUT /connections/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_connection as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("ConnectionEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_connection(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a connection

        `DELETE /connections/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_connection as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncConnectionsOperations:
    """The `connections` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_connections(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_service: str | Unset = UNSET,
        filters_externalid: str | Unset = UNSET,
    ) -> ConnectionList:
        """List connections, optionally by service or external id

        `GET /connections`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_service: Keep connections to this service.
            filters_externalid: Keep connections with this id in the external service.

        """
        from . import list_connections as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_service=filters_service,
            filters_externalid=filters_externalid,
        )
        return cast("ConnectionList", await self._caller.call(_operation.ROUTE, request))

    async def create_connection(
        self,
        *,
        body: ConnectionCreateRequest,
    ) -> ConnectionEnvelope:
        """Connect an external service to the account

        `POST /connections`

        Args:
            body:

        """
        from . import create_connection as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ConnectionEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_connection(
        self,
        id: str,
    ) -> ConnectionEnvelope:
        """Retrieve a connection

        `GET /connections/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_connection as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ConnectionEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_connection(
        self,
        id: str,
        *,
        body: ConnectionUpdateRequest,
    ) -> ConnectionEnvelope:
        """Update a connection, or report its status and sync state

        `PUT /connections/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_connection as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("ConnectionEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_connection(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a connection

        `DELETE /connections/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_connection as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
