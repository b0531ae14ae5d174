"""The `users` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.user_create_request import UserCreateRequest
    from ...models.user_envelope import UserEnvelope
    from ...models.user_group_membership_envelope import UserGroupMembershipEnvelope
    from ...models.user_list import UserList
    from ...models.user_update_request import UserUpdateRequest
    from ...models.user_updated import UserUpdated
    from .. import AsyncCaller, Caller


class UsersOperations:
    """The `users` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_users(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> UserList:
        """List the account's users

        `GET /users`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_users as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("UserList", self._caller.call(_operation.ROUTE, request))

    def create_user(
        self,
        *,
        body: UserCreateRequest,
    ) -> UserEnvelope:
        """Create a user in a user group

        `POST /users`

        Args:
            body:

        """
        from . import create_user as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("UserEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_user(
        self,
        id: str,
    ) -> UserEnvelope:
        """Retrieve a user

        `GET /users/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_user as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("UserEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_user(
        self,
        id: str,
        *,
        body: UserUpdateRequest,
    ) -> UserUpdated:
        """Change a user's name, email, password or user group

        `PUT /users/{id}`

        The username cannot be changed. The answer also lists the user's group memberships.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_user as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("UserUpdated", self._caller.call(_operation.ROUTE, request))

    def delete_user(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a user

        `DELETE /users/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_user as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def get_current_user(
        self,
    ) -> UserEnvelope:
        """Retrieve the user who owns the API token

        `GET /users/me`
        """
        from . import get_current_user as _operation

        request = _operation._get_kwargs()
        return cast("UserEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_user_by_email(
        self,
        email: str,
    ) -> UserEnvelope:
        """Look a user up by email address

        `GET /users/email/{email}`

        Args:
            email: The user's email address.

        """
        from . import get_user_by_email as _operation

        request = _operation._get_kwargs(
            email=email,
        )
        return cast("UserEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_user_by_username(
        self,
        username: str,
    ) -> UserEnvelope:
        """Look a user up by username

        `GET /users/username/{username}`

        Args:
            username: The user's login name.

        """
        from . import get_user_by_username as _operation

        request = _operation._get_kwargs(
            username=username,
        )
        return cast("UserEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_user_group_membership(
        self,
        id: str,
    ) -> UserGroupMembershipEnvelope:
        """Retrieve which user group a user belongs to

        `GET /users/{id}/userGroup`

        Undocumented: called by selesnow/ractivecampaign (`R/ac_get_group_by_user.R`), which treats a
        `message` of "No Result found" as "no group". The answer is shaped like the `userGroups` items of
        `PUT /users/{id}`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_user_group_membership as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("UserGroupMembershipEnvelope", self._caller.call(_operation.ROUTE, request))


class AsyncUsersOperations:
    """The `users` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_users(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> UserList:
        """List the account's users

        `GET /users`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_users as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("UserList", await self._caller.call(_operation.ROUTE, request))

    async def create_user(
        self,
        *,
        body: UserCreateRequest,
    ) -> UserEnvelope:
        """Create a user in a user group

        `POST /users`

        Args:
            body:

        """
        from . import create_user as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("UserEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_user(
        self,
        id: str,
    ) -> UserEnvelope:
        """Retrieve a user

        `GET /users/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_user as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("UserEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_user(
        self,
        id: str,
        *,
        body: UserUpdateRequest,
    ) -> UserUpdated:
        """Change a user's name, email, password or user group

        `PUT /users/{id}`

        The username cannot be changed. The answer also lists the user's group memberships.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_user as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("UserUpdated", await self._caller.call(_operation.ROUTE, request))

    async def delete_user(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a user

        `DELETE /users/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_user as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def get_current_user(
        self,
    ) -> UserEnvelope:
        """Retrieve the user who owns the API token

        `GET /users/me`
        """
        from . import get_current_user as _operation

        request = _operation._get_kwargs()
        return cast("UserEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_user_by_email(
        self,
        email: str,
    ) -> UserEnvelope:
        """Look a user up by email address

        `GET /users/email/{email}`

        Args:
            email: The user's email address.

        """
        from . import get_user_by_email as _operation

        request = _operation._get_kwargs(
            email=email,
        )
        return cast("UserEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_user_by_username(
        self,
        username: str,
    ) -> UserEnvelope:
        """Look a user up by username

        `GET /users/username/{username}`

        Args:
            username: The user's login name.

        """
        from . import get_user_by_username as _operation

        request = _operation._get_kwargs(
            username=username,
        )
        return cast("UserEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_user_group_membership(
        self,
        id: str,
    ) -> UserGroupMembershipEnvelope:
        """Retrieve which user group a user belongs to

        `GET /users/{id}/userGroup`

        Undocumented: called by selesnow/ractivecampaign (`R/ac_get_group_by_user.R`), which treats a
        `message` of "No Result found" as "no group". The answer is shaped like the `userGroups` items of
        `PUT /users/{id}`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_user_group_membership as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("UserGroupMembershipEnvelope", await self._caller.call(_operation.ROUTE, request))
