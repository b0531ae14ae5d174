"""The `list_groups` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_group_create_request import ListGroupCreateRequest
    from ...models.list_group_envelope import ListGroupEnvelope
    from ...models.list_group_list import ListGroupList
    from .. import AsyncCaller, Caller


class ListGroupsOperations:
    """The `list_groups` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_list_groups(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ListGroupList:
        """List list group permissions

        `GET /listGroups`

        Undocumented: not in the public v3 reference, used by existing clients. The response shape is
        inferred from the create call and sibling list responses.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_list_groups as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ListGroupList", self._caller.call(_operation.ROUTE, request))

    def create_list_group(
        self,
        *,
        body: ListGroupCreateRequest,
    ) -> ListGroupEnvelope:
        """Let a user group use a list

        `POST /listGroups`

        Args:
            body:

        """
        from . import create_list_group as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ListGroupEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_list_group(
        self,
        id: str,
    ) -> ListGroupEnvelope:
        """Retrieve a list group permission

        `GET /listGroups/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. The response shape is
        inferred from the create call.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_list_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ListGroupEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_list_group(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Stop a user group from using a list

        `DELETE /listGroups/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. Answers with an empty object
        like the other deletions.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_list_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncListGroupsOperations:
    """The `list_groups` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_list_groups(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ListGroupList:
        """List list group permissions

        `GET /listGroups`

        Undocumented: not in the public v3 reference, used by existing clients. The response shape is
        inferred from the create call and sibling list responses.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_list_groups as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ListGroupList", await self._caller.call(_operation.ROUTE, request))

    async def create_list_group(
        self,
        *,
        body: ListGroupCreateRequest,
    ) -> ListGroupEnvelope:
        """Let a user group use a list

        `POST /listGroups`

        Args:
            body:

        """
        from . import create_list_group as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ListGroupEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_list_group(
        self,
        id: str,
    ) -> ListGroupEnvelope:
        """Retrieve a list group permission

        `GET /listGroups/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. The response shape is
        inferred from the create call.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_list_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ListGroupEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_list_group(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Stop a user group from using a list

        `DELETE /listGroups/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. Answers with an empty object
        like the other deletions.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_list_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
