"""The `deal_roles` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.deal_role_create_request import DealRoleCreateRequest
    from ...models.deal_role_envelope import DealRoleEnvelope
    from ...models.deal_role_list import DealRoleList
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


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
        from . import list_deal_roles as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            search=search,
        )
        return cast("DealRoleList", self._caller.call(_operation.ROUTE, request))

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
        from . import create_deal_role as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealRoleEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_deal_role(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a deal role

        `DELETE /dealRoles/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal_role as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


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
        from . import list_deal_roles as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            search=search,
        )
        return cast("DealRoleList", await self._caller.call(_operation.ROUTE, request))

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
        from . import create_deal_role as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealRoleEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_deal_role(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a deal role

        `DELETE /dealRoles/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal_role as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
