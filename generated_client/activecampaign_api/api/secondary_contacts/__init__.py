"""The `secondary_contacts` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.secondary_contact_create_request import SecondaryContactCreateRequest
    from ...models.secondary_contact_envelope import SecondaryContactEnvelope
    from ...models.secondary_contact_list import SecondaryContactList
    from ...models.secondary_contact_update_request import SecondaryContactUpdateRequest
    from .. import AsyncCaller, Caller


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
        from . import list_secondary_contacts as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SecondaryContactList", self._caller.call(_operation.ROUTE, request))

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
        from . import create_secondary_contact as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SecondaryContactEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_secondary_contact(
        self,
        id: str,
    ) -> SecondaryContactEnvelope:
        """Retrieve a secondary contact of a deal

        `GET /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_secondary_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SecondaryContactEnvelope", self._caller.call(_operation.ROUTE, request))

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
        from . import update_secondary_contact as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("SecondaryContactEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_secondary_contact(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Remove a secondary contact from its deal

        `DELETE /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_secondary_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


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
        from . import list_secondary_contacts as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SecondaryContactList", await self._caller.call(_operation.ROUTE, request))

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
        from . import create_secondary_contact as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SecondaryContactEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_secondary_contact(
        self,
        id: str,
    ) -> SecondaryContactEnvelope:
        """Retrieve a secondary contact of a deal

        `GET /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_secondary_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SecondaryContactEnvelope", await self._caller.call(_operation.ROUTE, request))

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
        from . import update_secondary_contact as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("SecondaryContactEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_secondary_contact(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Remove a secondary contact from its deal

        `DELETE /contactDeals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_secondary_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
