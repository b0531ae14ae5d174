"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.address_create_request import AddressCreateRequest
from ...models.address_envelope import AddressEnvelope
from ...models.address_list import AddressList
from ...models.address_update_request import AddressUpdateRequest
from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_address as _create_address
from . import delete_address as _delete_address
from . import delete_address_group as _delete_address_group
from . import delete_address_list as _delete_address_list
from . import get_address as _get_address
from . import list_addresses as _list_addresses
from . import update_address as _update_address


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
        request = _list_addresses._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(AddressList, self._caller.call(request, _list_addresses._parse_response, (200,)))

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
        request = _create_address._get_kwargs(
            body=body,
        )
        return cast(AddressEnvelope, self._caller.call(request, _create_address._parse_response, (200, 201)))

    def get_address(
        self,
        id: str,
    ) -> AddressEnvelope:
        """Retrieve a sender address

        `GET /addresses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_address._get_kwargs(
            id=id,
        )
        return cast(AddressEnvelope, self._caller.call(request, _get_address._parse_response, (200,)))

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
        request = _update_address._get_kwargs(
            id=id,
            body=body,
        )
        return cast(AddressEnvelope, self._caller.call(request, _update_address._parse_response, (200,)))

    def delete_address(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a sender address

        `DELETE /addresses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_address._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_address._parse_response, (200,)))

    def delete_address_group(
        self,
        id: str,
    ) -> EmptyObject:
        """Detach an address from a user group (delete the address-group link)

        `DELETE /addressGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_address_group._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_address_group._parse_response, (200,)))

    def delete_address_list(
        self,
        id: str,
    ) -> EmptyObject:
        """Detach an address from a list (delete the address-list link)

        `DELETE /addressLists/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_address_list._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_address_list._parse_response, (200,)))


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
        request = _list_addresses._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(AddressList, await self._caller.call(request, _list_addresses._parse_response, (200,)))

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
        request = _create_address._get_kwargs(
            body=body,
        )
        return cast(AddressEnvelope, await self._caller.call(request, _create_address._parse_response, (200, 201)))

    async def get_address(
        self,
        id: str,
    ) -> AddressEnvelope:
        """Retrieve a sender address

        `GET /addresses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_address._get_kwargs(
            id=id,
        )
        return cast(AddressEnvelope, await self._caller.call(request, _get_address._parse_response, (200,)))

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
        request = _update_address._get_kwargs(
            id=id,
            body=body,
        )
        return cast(AddressEnvelope, await self._caller.call(request, _update_address._parse_response, (200,)))

    async def delete_address(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a sender address

        `DELETE /addresses/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_address._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_address._parse_response, (200,)))

    async def delete_address_group(
        self,
        id: str,
    ) -> EmptyObject:
        """Detach an address from a user group (delete the address-group link)

        `DELETE /addressGroups/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_address_group._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_address_group._parse_response, (200,)))

    async def delete_address_list(
        self,
        id: str,
    ) -> EmptyObject:
        """Detach an address from a list (delete the address-list link)

        `DELETE /addressLists/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_address_list._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_address_list._parse_response, (200,)))
