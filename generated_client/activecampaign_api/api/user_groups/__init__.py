"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.group_limit_list import GroupLimitList
from ...models.user_group_create_request import UserGroupCreateRequest
from ...models.user_group_envelope import UserGroupEnvelope
from ...models.user_group_list import UserGroupList
from ...models.user_group_update_request import UserGroupUpdateRequest
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_user_group as _create_user_group
from . import delete_user_group as _delete_user_group
from . import get_user_group as _get_user_group
from . import list_group_limits as _list_group_limits
from . import list_user_groups as _list_user_groups
from . import update_user_group as _update_user_group


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
        request = _list_user_groups._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(UserGroupList, self._caller.call(request, _list_user_groups._parse_response, (200,)))

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
        request = _create_user_group._get_kwargs(
            body=body,
        )
        return cast(UserGroupEnvelope, self._caller.call(request, _create_user_group._parse_response, (200, 201)))

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
        request = _get_user_group._get_kwargs(
            id=id,
        )
        return cast(UserGroupEnvelope, self._caller.call(request, _get_user_group._parse_response, (200,)))

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
        request = _update_user_group._get_kwargs(
            id=id,
            body=body,
        )
        return cast(UserGroupEnvelope, self._caller.call(request, _update_user_group._parse_response, (200,)))

    def delete_user_group(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a user group

        `DELETE /groups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_user_group._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_user_group._parse_response, (200,)))

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
        request = _list_group_limits._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(GroupLimitList, self._caller.call(request, _list_group_limits._parse_response, (200,)))


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
        request = _list_user_groups._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(UserGroupList, await self._caller.call(request, _list_user_groups._parse_response, (200,)))

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
        request = _create_user_group._get_kwargs(
            body=body,
        )
        return cast(UserGroupEnvelope, await self._caller.call(request, _create_user_group._parse_response, (200, 201)))

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
        request = _get_user_group._get_kwargs(
            id=id,
        )
        return cast(UserGroupEnvelope, await self._caller.call(request, _get_user_group._parse_response, (200,)))

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
        request = _update_user_group._get_kwargs(
            id=id,
            body=body,
        )
        return cast(UserGroupEnvelope, await self._caller.call(request, _update_user_group._parse_response, (200,)))

    async def delete_user_group(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a user group

        `DELETE /groups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_user_group._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_user_group._parse_response, (200,)))

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
        request = _list_group_limits._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(GroupLimitList, await self._caller.call(request, _list_group_limits._parse_response, (200,)))
