"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.list_group_create_request import ListGroupCreateRequest
from ...models.list_group_envelope import ListGroupEnvelope
from ...models.list_group_list import ListGroupList
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_list_group as _create_list_group
from . import delete_list_group as _delete_list_group
from . import get_list_group as _get_list_group
from . import list_list_groups as _list_list_groups


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
        request = _list_list_groups._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(ListGroupList, self._caller.call(request, _list_list_groups._parse_response, (200,)))

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
        request = _create_list_group._get_kwargs(
            body=body,
        )
        return cast(ListGroupEnvelope, self._caller.call(request, _create_list_group._parse_response, (200, 201)))

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
        request = _get_list_group._get_kwargs(
            id=id,
        )
        return cast(ListGroupEnvelope, self._caller.call(request, _get_list_group._parse_response, (200,)))

    def delete_list_group(
        self,
        id: str,
    ) -> EmptyObject:
        """Stop a user group from using a list

        `DELETE /listGroups/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. Answers with an empty object
        like the other deletions.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_list_group._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_list_group._parse_response, (200,)))


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
        request = _list_list_groups._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(ListGroupList, await self._caller.call(request, _list_list_groups._parse_response, (200,)))

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
        request = _create_list_group._get_kwargs(
            body=body,
        )
        return cast(ListGroupEnvelope, await self._caller.call(request, _create_list_group._parse_response, (200, 201)))

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
        request = _get_list_group._get_kwargs(
            id=id,
        )
        return cast(ListGroupEnvelope, await self._caller.call(request, _get_list_group._parse_response, (200,)))

    async def delete_list_group(
        self,
        id: str,
    ) -> EmptyObject:
        """Stop a user group from using a list

        `DELETE /listGroups/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. Answers with an empty object
        like the other deletions.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_list_group._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_list_group._parse_response, (200,)))
