"""The `addresses` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.address_create_request import AddressCreateRequest
    from ...models.address_envelope import AddressEnvelope
    from ...models.address_list import AddressList
    from ...models.address_update_request import AddressUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class AddressesOperations:
    """The `addresses` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_addresses(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> AddressList:
        """List sender addresses

        `GET /addresses`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_addresses as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("AddressList", self._caller.call(_operation.ROUTE, request))

    def create_address(
        self,
        *,
        body: AddressCreateRequest,
    ) -> AddressEnvelope:
        """Create a sender address

        `POST /addresses`

        Attributes are sent in snake_case here (`company_name`, `address_1`). The create answer may carry
        `country` as a number.

        Args:
            body:

        """
        from . import create_address as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AddressEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_address(
        self,
        id: str,
    ) -> AddressEnvelope:
        """Retrieve a sender address

        `GET /addresses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_address as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AddressEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_address(
        self,
        id: str,
        *,
        body: AddressUpdateRequest,
    ) -> AddressEnvelope:
        """Change a sender address

        `PUT /addresses/{id}`

        Attributes are sent in camelCase here (`companyName`, `address1`), the spelling the API answers
        with.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_address as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AddressEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_address(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a sender address

        `DELETE /addresses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_address as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def delete_address_group(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Detach an address from a user group (delete the address-group link)

        `DELETE /addressGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_address_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def delete_address_list(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Detach an address from a list (delete the address-list link)

        `DELETE /addressLists/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_address_list as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncAddressesOperations:
    """The `addresses` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_addresses(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> AddressList:
        """List sender addresses

        `GET /addresses`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_addresses as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("AddressList", await self._caller.call(_operation.ROUTE, request))

    async def create_address(
        self,
        *,
        body: AddressCreateRequest,
    ) -> AddressEnvelope:
        """Create a sender address

        `POST /addresses`

        Attributes are sent in snake_case here (`company_name`, `address_1`). The create answer may carry
        `country` as a number.

        Args:
            body:

        """
        from . import create_address as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AddressEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_address(
        self,
        id: str,
    ) -> AddressEnvelope:
        """Retrieve a sender address

        `GET /addresses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_address as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AddressEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_address(
        self,
        id: str,
        *,
        body: AddressUpdateRequest,
    ) -> AddressEnvelope:
        """Change a sender address

        `PUT /addresses/{id}`

        Attributes are sent in camelCase here (`companyName`, `address1`), the spelling the API answers
        with.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_address as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AddressEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_address(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a sender address

        `DELETE /addresses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_address as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def delete_address_group(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Detach an address from a user group (delete the address-group link)

        `DELETE /addressGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_address_group as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def delete_address_list(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Detach an address from a list (delete the address-list link)

        `DELETE /addressLists/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_address_list as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
