"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.secondary_contact_create_request import SecondaryContactCreateRequest
from ...models.secondary_contact_envelope import SecondaryContactEnvelope
from ...models.secondary_contact_list import SecondaryContactList
from ...models.secondary_contact_update_request import SecondaryContactUpdateRequest
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_secondary_contact as _create_secondary_contact
from . import delete_secondary_contact as _delete_secondary_contact
from . import get_secondary_contact as _get_secondary_contact
from . import list_secondary_contacts as _list_secondary_contacts
from . import update_secondary_contact as _update_secondary_contact


class SecondaryContactsOperations:
    """The `secondary_contacts` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_secondary_contacts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SecondaryContactList:
        """List the secondary contacts of all deals

        `GET /contactDeals`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_secondary_contacts._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(SecondaryContactList, self._caller.call(request, _list_secondary_contacts._parse_response, (200,)))

    def create_secondary_contact(
        self,
        *,
        body: SecondaryContactCreateRequest,
    ) -> SecondaryContactEnvelope:
        """Add a secondary contact to a deal; fails with 422 when already added

        `POST /contactDeals`

        Args:
            body:

        """
        request = _create_secondary_contact._get_kwargs(
            body=body,
        )
        return cast(
            SecondaryContactEnvelope, self._caller.call(request, _create_secondary_contact._parse_response, (200, 201))
        )

    def get_secondary_contact(
        self,
        id: str,
    ) -> SecondaryContactEnvelope:
        """Retrieve a secondary contact of a deal

        `GET /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_secondary_contact._get_kwargs(
            id=id,
        )
        return cast(
            SecondaryContactEnvelope, self._caller.call(request, _get_secondary_contact._parse_response, (200,))
        )

    def update_secondary_contact(
        self,
        id: str,
        *,
        body: SecondaryContactUpdateRequest,
    ) -> SecondaryContactEnvelope:
        """Change the contact, deal or deal role of a secondary contact

        `PUT /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        request = _update_secondary_contact._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            SecondaryContactEnvelope, self._caller.call(request, _update_secondary_contact._parse_response, (200,))
        )

    def delete_secondary_contact(
        self,
        id: str,
    ) -> EmptyObject:
        """Remove a secondary contact from its deal

        `DELETE /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_secondary_contact._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_secondary_contact._parse_response, (200,)))


class AsyncSecondaryContactsOperations:
    """The `secondary_contacts` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_secondary_contacts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SecondaryContactList:
        """List the secondary contacts of all deals

        `GET /contactDeals`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_secondary_contacts._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(
            SecondaryContactList, await self._caller.call(request, _list_secondary_contacts._parse_response, (200,))
        )

    async def create_secondary_contact(
        self,
        *,
        body: SecondaryContactCreateRequest,
    ) -> SecondaryContactEnvelope:
        """Add a secondary contact to a deal; fails with 422 when already added

        `POST /contactDeals`

        Args:
            body:

        """
        request = _create_secondary_contact._get_kwargs(
            body=body,
        )
        return cast(
            SecondaryContactEnvelope,
            await self._caller.call(request, _create_secondary_contact._parse_response, (200, 201)),
        )

    async def get_secondary_contact(
        self,
        id: str,
    ) -> SecondaryContactEnvelope:
        """Retrieve a secondary contact of a deal

        `GET /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_secondary_contact._get_kwargs(
            id=id,
        )
        return cast(
            SecondaryContactEnvelope, await self._caller.call(request, _get_secondary_contact._parse_response, (200,))
        )

    async def update_secondary_contact(
        self,
        id: str,
        *,
        body: SecondaryContactUpdateRequest,
    ) -> SecondaryContactEnvelope:
        """Change the contact, deal or deal role of a secondary contact

        `PUT /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        request = _update_secondary_contact._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            SecondaryContactEnvelope,
            await self._caller.call(request, _update_secondary_contact._parse_response, (200,)),
        )

    async def delete_secondary_contact(
        self,
        id: str,
    ) -> EmptyObject:
        """Remove a secondary contact from its deal

        `DELETE /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_secondary_contact._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_secondary_contact._parse_response, (200,)))
