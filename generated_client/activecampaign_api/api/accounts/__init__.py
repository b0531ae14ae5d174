"""The `accounts` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.account_bulk_delete_result import AccountBulkDeleteResult
    from ...models.account_create_request import AccountCreateRequest
    from ...models.account_envelope import AccountEnvelope
    from ...models.account_list import AccountList
    from ...models.account_note_envelope import AccountNoteEnvelope
    from ...models.account_note_request import AccountNoteRequest
    from ...models.account_update_request import AccountUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class AccountsOperations:
    """The `accounts` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_accounts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        count_deals: bool | Unset = UNSET,
    ) -> AccountList:
        """List accounts, optionally searched by name and with contact and deal counts

        `GET /accounts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            search: Keep accounts whose name contains this text.
            count_deals: When true, each account carries `contactCount` and `dealCount`.

        """
        from . import list_accounts as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            search=search,
            count_deals=count_deals,
        )
        return cast("AccountList", self._caller.call(_operation.ROUTE, request))

    def create_account(
        self,
        *,
        body: AccountCreateRequest,
    ) -> AccountEnvelope:
        """Create an account; fails with 422 when the name is taken

        `POST /accounts`

        Args:
            body:

        """
        from . import create_account as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountEnvelope", self._caller.call(_operation.ROUTE, request))

    def bulk_delete_accounts(
        self,
        *,
        ids: list[int],
    ) -> AccountBulkDeleteResult:
        """Delete several accounts at once

        `DELETE /accounts/bulk_delete`

        Args:
            ids: Ids of the accounts to delete; repeat the parameter for each.

        """
        from . import bulk_delete_accounts as _operation

        request = _operation._get_kwargs(
            ids=ids,
        )
        return cast("AccountBulkDeleteResult", self._caller.call(_operation.ROUTE, request))

    def get_account(
        self,
        id: str,
    ) -> AccountEnvelope:
        """Retrieve an account

        `GET /accounts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_account as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_account(
        self,
        id: str,
        *,
        body: AccountUpdateRequest,
    ) -> AccountEnvelope:
        """Update an account's name, website, owner or custom field values

        `PUT /accounts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_account as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_account(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete an account

        `DELETE /accounts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_account as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def create_account_note(
        self,
        id: str,
        *,
        body: AccountNoteRequest,
    ) -> AccountNoteEnvelope:
        """Add a note to an account

        `POST /accounts/{id}/notes`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import create_account_note as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountNoteEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_account_note(
        self,
        id: str,
        note_id: str,
        *,
        body: AccountNoteRequest,
    ) -> AccountNoteEnvelope:
        """Change the text of an account's note

        `PUT /accounts/{id}/notes/{note_id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            note_id: Id of the note.
            body:

        """
        from . import update_account_note as _operation

        request = _operation._get_kwargs(
            id=id,
            note_id=note_id,
            body=body,
        )
        return cast("AccountNoteEnvelope", self._caller.call(_operation.ROUTE, request))


class AsyncAccountsOperations:
    """The `accounts` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_accounts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        count_deals: bool | Unset = UNSET,
    ) -> AccountList:
        """List accounts, optionally searched by name and with contact and deal counts

        `GET /accounts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            search: Keep accounts whose name contains this text.
            count_deals: When true, each account carries `contactCount` and `dealCount`.

        """
        from . import list_accounts as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            search=search,
            count_deals=count_deals,
        )
        return cast("AccountList", await self._caller.call(_operation.ROUTE, request))

    async def create_account(
        self,
        *,
        body: AccountCreateRequest,
    ) -> AccountEnvelope:
        """Create an account; fails with 422 when the name is taken

        `POST /accounts`

        Args:
            body:

        """
        from . import create_account as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def bulk_delete_accounts(
        self,
        *,
        ids: list[int],
    ) -> AccountBulkDeleteResult:
        """Delete several accounts at once

        `DELETE /accounts/bulk_delete`

        Args:
            ids: Ids of the accounts to delete; repeat the parameter for each.

        """
        from . import bulk_delete_accounts as _operation

        request = _operation._get_kwargs(
            ids=ids,
        )
        return cast("AccountBulkDeleteResult", await self._caller.call(_operation.ROUTE, request))

    async def get_account(
        self,
        id: str,
    ) -> AccountEnvelope:
        """Retrieve an account

        `GET /accounts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_account as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_account(
        self,
        id: str,
        *,
        body: AccountUpdateRequest,
    ) -> AccountEnvelope:
        """Update an account's name, website, owner or custom field values

        `PUT /accounts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_account as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_account(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete an account

        `DELETE /accounts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_account as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def create_account_note(
        self,
        id: str,
        *,
        body: AccountNoteRequest,
    ) -> AccountNoteEnvelope:
        """Add a note to an account

        `POST /accounts/{id}/notes`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import create_account_note as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountNoteEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_account_note(
        self,
        id: str,
        note_id: str,
        *,
        body: AccountNoteRequest,
    ) -> AccountNoteEnvelope:
        """Change the text of an account's note

        `PUT /accounts/{id}/notes/{note_id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            note_id: Id of the note.
            body:

        """
        from . import update_account_note as _operation

        request = _operation._get_kwargs(
            id=id,
            note_id=note_id,
            body=body,
        )
        return cast("AccountNoteEnvelope", await self._caller.call(_operation.ROUTE, request))
