"""The `personalizations` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_personalizations_filter_format import (
        ListPersonalizationsFilterFormat,
        check_list_personalizations_filter_format,
    )
    from ...models.personalization_envelope import PersonalizationEnvelope
    from ...models.personalization_list import PersonalizationList
    from ...models.personalization_lock_result import PersonalizationLockResult
    from ...models.personalization_write_request import PersonalizationWriteRequest
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class PersonalizationsOperations:
    """The `personalizations` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_personalizations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter_name: str | Unset = UNSET,
        filter_tag: str | Unset = UNSET,
        filter_list_name: str | Unset = UNSET,
        filter_content: str | Unset = UNSET,
        filter_format: ListPersonalizationsFilterFormat | Unset = UNSET,
        orders_name: SortDirection | Unset = UNSET,
        orders_tag: SortDirection | Unset = UNSET,
        orders_format: SortDirection | Unset = UNSET,
        orders_content: SortDirection | Unset = UNSET,
    ) -> PersonalizationList:
        """List personalization variables, filtered and sorted

        `GET /personalizations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filter_name: Keep variables whose name matches this text.
            filter_tag: Keep variables whose tag matches this text.
            filter_list_name: Keep variables available to the list with this name.
            filter_content: Keep variables whose content matches this text.
            filter_format: Keep variables of this format.
            orders_name: Sort direction of an `orders[...]` parameter.
            orders_tag: Sort direction of an `orders[...]` parameter.
            orders_format: Sort direction of an `orders[...]` parameter.
            orders_content: Sort direction of an `orders[...]` parameter.

        """
        from . import list_personalizations as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filter_name=filter_name,
            filter_tag=filter_tag,
            filter_list_name=filter_list_name,
            filter_content=filter_content,
            filter_format=filter_format,
            orders_name=orders_name,
            orders_tag=orders_tag,
            orders_format=orders_format,
            orders_content=orders_content,
        )
        return cast("PersonalizationList", self._caller.call(_operation.ROUTE, request))

    def create_personalization(
        self,
        *,
        body: PersonalizationWriteRequest,
    ) -> PersonalizationEnvelope:
        """Create a personalization variable

        `POST /personalizations`

        Args:
            body:

        """
        from . import create_personalization as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("PersonalizationEnvelope", self._caller.call(_operation.ROUTE, request))

    def bulk_delete_personalizations(
        self,
        *,
        ids: str,
    ) -> str:
        """Delete several personalization variables at once

        `DELETE /personalizations/bulkdelete`

        Answers with a short plain-text confirmation rather than JSON.

        Args:
            ids: Ids of the variables to delete, comma-separated (for example `1,2,3`).

        """
        from . import bulk_delete_personalizations as _operation

        request = _operation._get_kwargs(
            ids=ids,
        )
        return cast("str", self._caller.call(_operation.ROUTE, request))

    def get_personalization(
        self,
        id: str,
    ) -> PersonalizationEnvelope:
        """Retrieve a personalization variable with the lists it applies to

        `GET /personalizations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("PersonalizationEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_personalization(
        self,
        id: str,
        *,
        body: PersonalizationWriteRequest,
    ) -> PersonalizationEnvelope:
        """Change a personalization variable

        `PUT /personalizations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("PersonalizationEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_personalization(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a personalization variable

        `DELETE /personalizations/{id}`

        A missing id is answered with 400 (not 404) and a "No Result found" message.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def lock_personalization(
        self,
        id: str,
    ) -> PersonalizationLockResult:
        """Lock a personalization variable against edits (admins only)

        `PATCH /personalizations/{id}/lock`

        Answers 200 even when refused: `success` is false and `message` says why (for example when the user
        is not an admin).

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import lock_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("PersonalizationLockResult", self._caller.call(_operation.ROUTE, request))

    def unlock_personalization(
        self,
        id: str,
    ) -> PersonalizationLockResult:
        """Unlock a personalization variable (admins only)

        `PATCH /personalizations/{id}/unlock`

        Answers 200 even when refused: `success` is false and `message` says why (for example when the user
        is not an admin).

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import unlock_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("PersonalizationLockResult", self._caller.call(_operation.ROUTE, request))


class AsyncPersonalizationsOperations:
    """The `personalizations` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_personalizations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter_name: str | Unset = UNSET,
        filter_tag: str | Unset = UNSET,
        filter_list_name: str | Unset = UNSET,
        filter_content: str | Unset = UNSET,
        filter_format: ListPersonalizationsFilterFormat | Unset = UNSET,
        orders_name: SortDirection | Unset = UNSET,
        orders_tag: SortDirection | Unset = UNSET,
        orders_format: SortDirection | Unset = UNSET,
        orders_content: SortDirection | Unset = UNSET,
    ) -> PersonalizationList:
        """List personalization variables, filtered and sorted

        `GET /personalizations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filter_name: Keep variables whose name matches this text.
            filter_tag: Keep variables whose tag matches this text.
            filter_list_name: Keep variables available to the list with this name.
            filter_content: Keep variables whose content matches this text.
            filter_format: Keep variables of this format.
            orders_name: Sort direction of an `orders[...]` parameter.
            orders_tag: Sort direction of an `orders[...]` parameter.
            orders_format: Sort direction of an `orders[...]` parameter.
            orders_content: Sort direction of an `orders[...]` parameter.

        """
        from . import list_personalizations as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filter_name=filter_name,
            filter_tag=filter_tag,
            filter_list_name=filter_list_name,
            filter_content=filter_content,
            filter_format=filter_format,
            orders_name=orders_name,
            orders_tag=orders_tag,
            orders_format=orders_format,
            orders_content=orders_content,
        )
        return cast("PersonalizationList", await self._caller.call(_operation.ROUTE, request))

    async def create_personalization(
        self,
        *,
        body: PersonalizationWriteRequest,
    ) -> PersonalizationEnvelope:
        """Create a personalization variable

        `POST /personalizations`

        Args:
            body:

        """
        from . import create_personalization as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("PersonalizationEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def bulk_delete_personalizations(
        self,
        *,
        ids: str,
    ) -> str:
        """Delete several personalization variables at once

        `DELETE /personalizations/bulkdelete`

        Answers with a short plain-text confirmation rather than JSON.

        Args:
            ids: Ids of the variables to delete, comma-separated (for example `1,2,3`).

        """
        from . import bulk_delete_personalizations as _operation

        request = _operation._get_kwargs(
            ids=ids,
        )
        return cast("str", await self._caller.call(_operation.ROUTE, request))

    async def get_personalization(
        self,
        id: str,
    ) -> PersonalizationEnvelope:
        """Retrieve a personalization variable with the lists it applies to

        `GET /personalizations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("PersonalizationEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_personalization(
        self,
        id: str,
        *,
        body: PersonalizationWriteRequest,
    ) -> PersonalizationEnvelope:
        """Change a personalization variable

        `PUT /personalizations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("PersonalizationEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_personalization(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a personalization variable

        `DELETE /personalizations/{id}`

        A missing id is answered with 400 (not 404) and a "No Result found" message.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def lock_personalization(
        self,
        id: str,
    ) -> PersonalizationLockResult:
        """Lock a personalization variable against edits (admins only)

        `PATCH /personalizations/{id}/lock`

        Answers 200 even when refused: `success` is false and `message` says why (for example when the user
        is not an admin).

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import lock_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("PersonalizationLockResult", await self._caller.call(_operation.ROUTE, request))

    async def unlock_personalization(
        self,
        id: str,
    ) -> PersonalizationLockResult:
        """Unlock a personalization variable (admins only)

        `PATCH /personalizations/{id}/unlock`

        Answers 200 even when refused: `success` is false and `message` says why (for example when the user
        is not an admin).

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import unlock_personalization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("PersonalizationLockResult", await self._caller.call(_operation.ROUTE, request))
