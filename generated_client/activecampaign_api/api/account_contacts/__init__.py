"""The `account_contacts` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.account_contact_create_request import AccountContactCreateRequest
    from ...models.account_contact_envelope import AccountContactEnvelope
    from ...models.account_contact_list import AccountContactList
    from ...models.account_contact_update_request import AccountContactUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


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
        from . import list_account_contacts as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_contact=filters_contact,
            filters_account=filters_account,
        )
        return cast("AccountContactList", self._caller.call(_operation.ROUTE, request))

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
        from . import create_account_contact as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountContactEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_account_contact(
        self,
        id: str,
    ) -> AccountContactEnvelope:
        """Retrieve a contact-account association

        `GET /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_account_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountContactEnvelope", self._caller.call(_operation.ROUTE, request))

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
        from . import update_account_contact as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountContactEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_account_contact(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Take a contact out of its account

        `DELETE /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_account_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


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
        from . import list_account_contacts as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_contact=filters_contact,
            filters_account=filters_account,
        )
        return cast("AccountContactList", await self._caller.call(_operation.ROUTE, request))

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
        from . import create_account_contact as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountContactEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_account_contact(
        self,
        id: str,
    ) -> AccountContactEnvelope:
        """Retrieve a contact-account association

        `GET /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_account_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountContactEnvelope", await self._caller.call(_operation.ROUTE, request))

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
        from . import update_account_contact as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountContactEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_account_contact(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Take a contact out of its account

        `DELETE /accountContacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_account_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
