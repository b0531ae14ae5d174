"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.deal_role_create_request import DealRoleCreateRequest
from ...models.deal_role_envelope import DealRoleEnvelope
from ...models.deal_role_list import DealRoleList
from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_deal_role as _create_deal_role
from . import delete_deal_role as _delete_deal_role
from . import list_deal_roles as _list_deal_roles


class DealRolesOperations:
    """The `deal_roles` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_deal_roles(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> DealRoleList:
        """List deal roles, optionally searched by title

        `GET /dealRoles`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            search: Keep roles whose title contains this text.

        """
        request = _list_deal_roles._get_kwargs(
            limit=limit,
            offset=offset,
            search=search,
        )
        return cast(DealRoleList, self._caller.call(request, _list_deal_roles._parse_response, (200,)))

    def create_deal_role(
        self,
        *,
        body: DealRoleCreateRequest,
    ) -> DealRoleEnvelope:
        """Create a deal role

        `POST /dealRoles`

        The reference documents an unwrapped body, `{"title": ...}`, unlike most resources; it gives no
        request example.

        Args:
            body:

        """
        request = _create_deal_role._get_kwargs(
            body=body,
        )
        return cast(DealRoleEnvelope, self._caller.call(request, _create_deal_role._parse_response, (200, 201)))

    def delete_deal_role(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a deal role

        `DELETE /dealRoles/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_deal_role._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_deal_role._parse_response, (200,)))


class AsyncDealRolesOperations:
    """The `deal_roles` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_deal_roles(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> DealRoleList:
        """List deal roles, optionally searched by title

        `GET /dealRoles`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            search: Keep roles whose title contains this text.

        """
        request = _list_deal_roles._get_kwargs(
            limit=limit,
            offset=offset,
            search=search,
        )
        return cast(DealRoleList, await self._caller.call(request, _list_deal_roles._parse_response, (200,)))

    async def create_deal_role(
        self,
        *,
        body: DealRoleCreateRequest,
    ) -> DealRoleEnvelope:
        """Create a deal role

        `POST /dealRoles`

        The reference documents an unwrapped body, `{"title": ...}`, unlike most resources; it gives no
        request example.

        Args:
            body:

        """
        request = _create_deal_role._get_kwargs(
            body=body,
        )
        return cast(DealRoleEnvelope, await self._caller.call(request, _create_deal_role._parse_response, (200, 201)))

    async def delete_deal_role(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a deal role

        `DELETE /dealRoles/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_deal_role._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_deal_role._parse_response, (200,)))
