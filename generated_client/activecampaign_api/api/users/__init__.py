"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.user_create_request import UserCreateRequest
from ...models.user_envelope import UserEnvelope
from ...models.user_group_membership_envelope import UserGroupMembershipEnvelope
from ...models.user_list import UserList
from ...models.user_update_request import UserUpdateRequest
from ...models.user_updated import UserUpdated
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_user as _create_user
from . import delete_user as _delete_user
from . import get_current_user as _get_current_user
from . import get_user as _get_user
from . import get_user_by_email as _get_user_by_email
from . import get_user_by_username as _get_user_by_username
from . import get_user_group_membership as _get_user_group_membership
from . import list_users as _list_users
from . import update_user as _update_user


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
        request = _list_users._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(UserList, self._caller.call(request, _list_users._parse_response, (200,)))

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
        request = _create_user._get_kwargs(
            body=body,
        )
        return cast(UserEnvelope, self._caller.call(request, _create_user._parse_response, (200, 201)))

    def get_user(
        self,
        id: str,
    ) -> UserEnvelope:
        """Retrieve a user

        `GET /users/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_user._get_kwargs(
            id=id,
        )
        return cast(UserEnvelope, self._caller.call(request, _get_user._parse_response, (200,)))

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
        request = _update_user._get_kwargs(
            id=id,
            body=body,
        )
        return cast(UserUpdated, self._caller.call(request, _update_user._parse_response, (200,)))

    def delete_user(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a user

        `DELETE /users/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_user._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_user._parse_response, (200,)))

    def get_current_user(
        self,
    ) -> UserEnvelope:
        """Retrieve the user who owns the API token

        `GET /users/me`
        """
        request = _get_current_user._get_kwargs()
        return cast(UserEnvelope, self._caller.call(request, _get_current_user._parse_response, (200,)))

    def get_user_by_email(
        self,
        email: str,
    ) -> UserEnvelope:
        """Look a user up by email address

        `GET /users/email/{email}`

        Args:
            email: The user's email address.

        """
        request = _get_user_by_email._get_kwargs(
            email=email,
        )
        return cast(UserEnvelope, self._caller.call(request, _get_user_by_email._parse_response, (200,)))

    def get_user_by_username(
        self,
        username: str,
    ) -> UserEnvelope:
        """Look a user up by username

        `GET /users/username/{username}`

        Args:
            username: The user's login name.

        """
        request = _get_user_by_username._get_kwargs(
            username=username,
        )
        return cast(UserEnvelope, self._caller.call(request, _get_user_by_username._parse_response, (200,)))

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
        request = _get_user_group_membership._get_kwargs(
            id=id,
        )
        return cast(
            UserGroupMembershipEnvelope, self._caller.call(request, _get_user_group_membership._parse_response, (200,))
        )


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
        request = _list_users._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(UserList, await self._caller.call(request, _list_users._parse_response, (200,)))

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
        request = _create_user._get_kwargs(
            body=body,
        )
        return cast(UserEnvelope, await self._caller.call(request, _create_user._parse_response, (200, 201)))

    async def get_user(
        self,
        id: str,
    ) -> UserEnvelope:
        """Retrieve a user

        `GET /users/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_user._get_kwargs(
            id=id,
        )
        return cast(UserEnvelope, await self._caller.call(request, _get_user._parse_response, (200,)))

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
        request = _update_user._get_kwargs(
            id=id,
            body=body,
        )
        return cast(UserUpdated, await self._caller.call(request, _update_user._parse_response, (200,)))

    async def delete_user(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a user

        `DELETE /users/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_user._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_user._parse_response, (200,)))

    async def get_current_user(
        self,
    ) -> UserEnvelope:
        """Retrieve the user who owns the API token

        `GET /users/me`
        """
        request = _get_current_user._get_kwargs()
        return cast(UserEnvelope, await self._caller.call(request, _get_current_user._parse_response, (200,)))

    async def get_user_by_email(
        self,
        email: str,
    ) -> UserEnvelope:
        """Look a user up by email address

        `GET /users/email/{email}`

        Args:
            email: The user's email address.

        """
        request = _get_user_by_email._get_kwargs(
            email=email,
        )
        return cast(UserEnvelope, await self._caller.call(request, _get_user_by_email._parse_response, (200,)))

    async def get_user_by_username(
        self,
        username: str,
    ) -> UserEnvelope:
        """Look a user up by username

        `GET /users/username/{username}`

        Args:
            username: The user's login name.

        """
        request = _get_user_by_username._get_kwargs(
            username=username,
        )
        return cast(UserEnvelope, await self._caller.call(request, _get_user_by_username._parse_response, (200,)))

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
        request = _get_user_group_membership._get_kwargs(
            id=id,
        )
        return cast(
            UserGroupMembershipEnvelope,
            await self._caller.call(request, _get_user_group_membership._parse_response, (200,)),
        )
