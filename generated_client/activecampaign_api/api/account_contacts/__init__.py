"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.account_contact_create_request import AccountContactCreateRequest
from ...models.account_contact_envelope import AccountContactEnvelope
from ...models.account_contact_list import AccountContactList
from ...models.account_contact_update_request import AccountContactUpdateRequest
from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_account_contact as _create_account_contact
from . import delete_account_contact as _delete_account_contact
from . import get_account_contact as _get_account_contact
from . import list_account_contacts as _list_account_contacts
from . import update_account_contact as _update_account_contact


class AccountContactsOperations:
    """The `account_contacts` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_account_contacts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_contact: str | Unset = UNSET,
        filters_account: str | Unset = UNSET,
    ) -> AccountContactList:
        """List contact-account associations, optionally of one contact or account

        `GET /accountContacts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_contact: Keep the association of this contact (id).
            filters_account: Keep the associations of this account (id).

        """
        request = _list_account_contacts._get_kwargs(
            limit=limit,
            offset=offset,
            filters_contact=filters_contact,
            filters_account=filters_account,
        )
        return cast(AccountContactList, self._caller.call(request, _list_account_contacts._parse_response, (200,)))

    def create_account_contact(
        self,
        *,
        body: AccountContactCreateRequest,
    ) -> AccountContactEnvelope:
        """Put a contact in an account; fails with 422 when it already has one

        `POST /accountContacts`

        Args:
            body:

        """
        request = _create_account_contact._get_kwargs(
            body=body,
        )
        return cast(
            AccountContactEnvelope, self._caller.call(request, _create_account_contact._parse_response, (200, 201))
        )

    def get_account_contact(
        self,
        id: str,
    ) -> AccountContactEnvelope:
        """Retrieve a contact-account association

        `GET /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_account_contact._get_kwargs(
            id=id,
        )
        return cast(AccountContactEnvelope, self._caller.call(request, _get_account_contact._parse_response, (200,)))

    def update_account_contact(
        self,
        id: str,
        *,
        body: AccountContactUpdateRequest,
    ) -> AccountContactEnvelope:
        """Change the contact's job title at the account

        `PUT /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        request = _update_account_contact._get_kwargs(
            id=id,
            body=body,
        )
        return cast(AccountContactEnvelope, self._caller.call(request, _update_account_contact._parse_response, (200,)))

    def delete_account_contact(
        self,
        id: str,
    ) -> EmptyObject:
        """Take a contact out of its account

        `DELETE /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_account_contact._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_account_contact._parse_response, (200,)))


class AsyncAccountContactsOperations:
    """The `account_contacts` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_account_contacts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_contact: str | Unset = UNSET,
        filters_account: str | Unset = UNSET,
    ) -> AccountContactList:
        """List contact-account associations, optionally of one contact or account

        `GET /accountContacts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_contact: Keep the association of this contact (id).
            filters_account: Keep the associations of this account (id).

        """
        request = _list_account_contacts._get_kwargs(
            limit=limit,
            offset=offset,
            filters_contact=filters_contact,
            filters_account=filters_account,
        )
        return cast(
            AccountContactList, await self._caller.call(request, _list_account_contacts._parse_response, (200,))
        )

    async def create_account_contact(
        self,
        *,
        body: AccountContactCreateRequest,
    ) -> AccountContactEnvelope:
        """Put a contact in an account; fails with 422 when it already has one

        `POST /accountContacts`

        Args:
            body:

        """
        request = _create_account_contact._get_kwargs(
            body=body,
        )
        return cast(
            AccountContactEnvelope,
            await self._caller.call(request, _create_account_contact._parse_response, (200, 201)),
        )

    async def get_account_contact(
        self,
        id: str,
    ) -> AccountContactEnvelope:
        """Retrieve a contact-account association

        `GET /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_account_contact._get_kwargs(
            id=id,
        )
        return cast(
            AccountContactEnvelope, await self._caller.call(request, _get_account_contact._parse_response, (200,))
        )

    async def update_account_contact(
        self,
        id: str,
        *,
        body: AccountContactUpdateRequest,
    ) -> AccountContactEnvelope:
        """Change the contact's job title at the account

        `PUT /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        request = _update_account_contact._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            AccountContactEnvelope, await self._caller.call(request, _update_account_contact._parse_response, (200,))
        )

    async def delete_account_contact(
        self,
        id: str,
    ) -> EmptyObject:
        """Take a contact out of its account

        `DELETE /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_account_contact._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_account_contact._parse_response, (200,)))
