"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.field_group_create_request import FieldGroupCreateRequest
from ...models.field_group_envelope import FieldGroupEnvelope
from ...models.field_group_list import FieldGroupList
from ...models.field_group_member_envelope import FieldGroupMemberEnvelope
from ...models.field_group_member_request import FieldGroupMemberRequest
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import add_field_to_group as _add_field_to_group
from . import create_field_group as _create_field_group
from . import delete_field_group_member as _delete_field_group_member
from . import get_field_group_member as _get_field_group_member
from . import list_field_groups as _list_field_groups
from . import update_field_group_member as _update_field_group_member


class FieldGroupsOperations:
    """The `field_groups` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_field_group(
        self,
        *,
        body: FieldGroupCreateRequest,
    ) -> FieldGroupEnvelope:
        """Create a custom field group

        `POST /groupDefinitions`

        Args:
            body:

        """
        request = _create_field_group._get_kwargs(
            body=body,
        )
        return cast(FieldGroupEnvelope, self._caller.call(request, _create_field_group._parse_response, (200, 201)))

    def list_field_groups(
        self,
    ) -> FieldGroupList:
        """List the custom field groups of contacts, deals and accounts

        `GET /groupMembers`
        """
        request = _list_field_groups._get_kwargs()
        return cast(FieldGroupList, self._caller.call(request, _list_field_groups._parse_response, (200,)))

    def add_field_to_group(
        self,
        *,
        body: FieldGroupMemberRequest,
    ) -> FieldGroupMemberEnvelope:
        """Place a custom field in a field group

        `POST /groupMembers`

        Args:
            body:

        """
        request = _add_field_to_group._get_kwargs(
            body=body,
        )
        return cast(
            FieldGroupMemberEnvelope, self._caller.call(request, _add_field_to_group._parse_response, (200, 201))
        )

    def get_field_group_member(
        self,
        id: str,
    ) -> FieldGroupMemberEnvelope:
        """Retrieve one placement of a field in a field group

        `GET /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_field_group_member._get_kwargs(
            id=id,
        )
        return cast(
            FieldGroupMemberEnvelope, self._caller.call(request, _get_field_group_member._parse_response, (200,))
        )

    def update_field_group_member(
        self,
        id: str,
        *,
        body: FieldGroupMemberRequest,
    ) -> FieldGroupMemberEnvelope:
        """Move a field within or between field groups

        `PUT /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        request = _update_field_group_member._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            FieldGroupMemberEnvelope, self._caller.call(request, _update_field_group_member._parse_response, (200,))
        )

    def delete_field_group_member(
        self,
        id: str,
    ) -> EmptyObject:
        """Take a field out of its field group

        `DELETE /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_field_group_member._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_field_group_member._parse_response, (200,)))


class AsyncFieldGroupsOperations:
    """The `field_groups` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_field_group(
        self,
        *,
        body: FieldGroupCreateRequest,
    ) -> FieldGroupEnvelope:
        """Create a custom field group

        `POST /groupDefinitions`

        Args:
            body:

        """
        request = _create_field_group._get_kwargs(
            body=body,
        )
        return cast(
            FieldGroupEnvelope, await self._caller.call(request, _create_field_group._parse_response, (200, 201))
        )

    async def list_field_groups(
        self,
    ) -> FieldGroupList:
        """List the custom field groups of contacts, deals and accounts

        `GET /groupMembers`
        """
        request = _list_field_groups._get_kwargs()
        return cast(FieldGroupList, await self._caller.call(request, _list_field_groups._parse_response, (200,)))

    async def add_field_to_group(
        self,
        *,
        body: FieldGroupMemberRequest,
    ) -> FieldGroupMemberEnvelope:
        """Place a custom field in a field group

        `POST /groupMembers`

        Args:
            body:

        """
        request = _add_field_to_group._get_kwargs(
            body=body,
        )
        return cast(
            FieldGroupMemberEnvelope, await self._caller.call(request, _add_field_to_group._parse_response, (200, 201))
        )

    async def get_field_group_member(
        self,
        id: str,
    ) -> FieldGroupMemberEnvelope:
        """Retrieve one placement of a field in a field group

        `GET /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_field_group_member._get_kwargs(
            id=id,
        )
        return cast(
            FieldGroupMemberEnvelope, await self._caller.call(request, _get_field_group_member._parse_response, (200,))
        )

    async def update_field_group_member(
        self,
        id: str,
        *,
        body: FieldGroupMemberRequest,
    ) -> FieldGroupMemberEnvelope:
        """Move a field within or between field groups

        `PUT /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        request = _update_field_group_member._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            FieldGroupMemberEnvelope,
            await self._caller.call(request, _update_field_group_member._parse_response, (200,)),
        )

    async def delete_field_group_member(
        self,
        id: str,
    ) -> EmptyObject:
        """Take a field out of its field group

        `DELETE /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_field_group_member._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_field_group_member._parse_response, (200,)))
