"""The `field_groups` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.field_group_create_request import FieldGroupCreateRequest
    from ...models.field_group_envelope import FieldGroupEnvelope
    from ...models.field_group_list import FieldGroupList
    from ...models.field_group_member_envelope import FieldGroupMemberEnvelope
    from ...models.field_group_member_request import FieldGroupMemberRequest
    from .. import AsyncCaller, Caller


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
        from . import create_field_group as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldGroupEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_field_groups(
        self,
    ) -> FieldGroupList:
        """List the custom field groups of contacts, deals and accounts

        `GET /groupMembers`
        """
        from . import list_field_groups as _operation

        request = _operation._get_kwargs()
        return cast("FieldGroupList", self._caller.call(_operation.ROUTE, request))

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
        from . import add_field_to_group as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldGroupMemberEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_field_group_member(
        self,
        id: str,
    ) -> FieldGroupMemberEnvelope:
        """Retrieve one placement of a field in a field group

        `GET /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_field_group_member as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldGroupMemberEnvelope", self._caller.call(_operation.ROUTE, request))

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
        from . import update_field_group_member as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("FieldGroupMemberEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_field_group_member(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Take a field out of its field group

        `DELETE /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field_group_member as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


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
        from . import create_field_group as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldGroupEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_field_groups(
        self,
    ) -> FieldGroupList:
        """List the custom field groups of contacts, deals and accounts

        `GET /groupMembers`
        """
        from . import list_field_groups as _operation

        request = _operation._get_kwargs()
        return cast("FieldGroupList", await self._caller.call(_operation.ROUTE, request))

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
        from . import add_field_to_group as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldGroupMemberEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_field_group_member(
        self,
        id: str,
    ) -> FieldGroupMemberEnvelope:
        """Retrieve one placement of a field in a field group

        `GET /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_field_group_member as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldGroupMemberEnvelope", await self._caller.call(_operation.ROUTE, request))

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
        from . import update_field_group_member as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("FieldGroupMemberEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_field_group_member(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Take a field out of its field group

        `DELETE /groupMembers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field_group_member as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
