"""The `user_groups` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.group_limit_list import GroupLimitList
    from ...models.user_group_create_request import UserGroupCreateRequest
    from ...models.user_group_envelope import UserGroupEnvelope
    from ...models.user_group_list import UserGroupList
    from ...models.user_group_update_request import UserGroupUpdateRequest
    from .. import AsyncCaller, Caller


class UserGroupsOperations:
    """The `user_groups` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_user_groups(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> UserGroupList:
        """List user groups with their permissions

        `GET /groups`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_user_groups as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("UserGroupList", self._caller.call(_operation.ROUTE, request))

    def create_user_group(
        self,
        *,
        body: UserGroupCreateRequest,
    ) -> UserGroupEnvelope:
        """Create a user group with a set of permissions

        `POST /groups`

        Args:
            body:

        """
        from . import create_user_group as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("UserGroupEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_user_group(
        self,
        id: str,
    ) -> UserGroupEnvelope:
        """Retrieve a user group

        `GET /groups/{id}`

        A missing group is reported with 403 (not 404) and a `message`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_user_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("UserGroupEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_user_group(
        self,
        id: str,
        *,
        body: UserGroupUpdateRequest,
    ) -> UserGroupEnvelope:
        """Change a user group's title, description or permissions

        `PUT /groups/{id}`

        A missing group is reported with 403 (not 404) and a `message`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_user_group as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("UserGroupEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_user_group(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a user group

        `DELETE /groups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_user_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def list_group_limits(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> GroupLimitList:
        """List the sending, contact, list and user limits of every user group

        `GET /groupLimits`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_group_limits as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("GroupLimitList", self._caller.call(_operation.ROUTE, request))


class AsyncUserGroupsOperations:
    """The `user_groups` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_user_groups(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> UserGroupList:
        """List user groups with their permissions

        `GET /groups`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_user_groups as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("UserGroupList", await self._caller.call(_operation.ROUTE, request))

    async def create_user_group(
        self,
        *,
        body: UserGroupCreateRequest,
    ) -> UserGroupEnvelope:
        """Create a user group with a set of permissions

        `POST /groups`

        Args:
            body:

        """
        from . import create_user_group as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("UserGroupEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_user_group(
        self,
        id: str,
    ) -> UserGroupEnvelope:
        """Retrieve a user group

        `GET /groups/{id}`

        A missing group is reported with 403 (not 404) and a `message`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_user_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("UserGroupEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_user_group(
        self,
        id: str,
        *,
        body: UserGroupUpdateRequest,
    ) -> UserGroupEnvelope:
        """Change a user group's title, description or permissions

        `PUT /groups/{id}`

        A missing group is reported with 403 (not 404) and a `message`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_user_group as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("UserGroupEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_user_group(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a user group

        `DELETE /groups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_user_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def list_group_limits(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> GroupLimitList:
        """List the sending, contact, list and user limits of every user group

        `GET /groupLimits`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_group_limits as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("GroupLimitList", await self._caller.call(_operation.ROUTE, request))
