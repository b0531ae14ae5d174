"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

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
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import bulk_delete_personalizations as _bulk_delete_personalizations
from . import create_personalization as _create_personalization
from . import delete_personalization as _delete_personalization
from . import get_personalization as _get_personalization
from . import list_personalizations as _list_personalizations
from . import lock_personalization as _lock_personalization
from . import unlock_personalization as _unlock_personalization
from . import update_personalization as _update_personalization


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
        request = _list_personalizations._get_kwargs(
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
        return cast(PersonalizationList, self._caller.call(request, _list_personalizations._parse_response, (200,)))

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
        request = _create_personalization._get_kwargs(
            body=body,
        )
        return cast(
            PersonalizationEnvelope, self._caller.call(request, _create_personalization._parse_response, (200, 201))
        )

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
        request = _bulk_delete_personalizations._get_kwargs(
            ids=ids,
        )
        return cast(str, self._caller.call(request, _bulk_delete_personalizations._parse_response, (200,)))

    def get_personalization(
        self,
        id: str,
    ) -> PersonalizationEnvelope:
        """Retrieve a personalization variable with the lists it applies to

        `GET /personalizations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_personalization._get_kwargs(
            id=id,
        )
        return cast(PersonalizationEnvelope, self._caller.call(request, _get_personalization._parse_response, (200,)))

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
        request = _update_personalization._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            PersonalizationEnvelope, self._caller.call(request, _update_personalization._parse_response, (200,))
        )

    def delete_personalization(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a personalization variable

        `DELETE /personalizations/{id}`

        A missing id is answered with 400 (not 404) and a "No Result found" message.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_personalization._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_personalization._parse_response, (200,)))

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
        request = _lock_personalization._get_kwargs(
            id=id,
        )
        return cast(
            PersonalizationLockResult, self._caller.call(request, _lock_personalization._parse_response, (200,))
        )

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
        request = _unlock_personalization._get_kwargs(
            id=id,
        )
        return cast(
            PersonalizationLockResult, self._caller.call(request, _unlock_personalization._parse_response, (200,))
        )


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
        request = _list_personalizations._get_kwargs(
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
        return cast(
            PersonalizationList, await self._caller.call(request, _list_personalizations._parse_response, (200,))
        )

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
        request = _create_personalization._get_kwargs(
            body=body,
        )
        return cast(
            PersonalizationEnvelope,
            await self._caller.call(request, _create_personalization._parse_response, (200, 201)),
        )

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
        request = _bulk_delete_personalizations._get_kwargs(
            ids=ids,
        )
        return cast(str, await self._caller.call(request, _bulk_delete_personalizations._parse_response, (200,)))

    async def get_personalization(
        self,
        id: str,
    ) -> PersonalizationEnvelope:
        """Retrieve a personalization variable with the lists it applies to

        `GET /personalizations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_personalization._get_kwargs(
            id=id,
        )
        return cast(
            PersonalizationEnvelope, await self._caller.call(request, _get_personalization._parse_response, (200,))
        )

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
        request = _update_personalization._get_kwargs(
            id=id,
            body=body,
        )
        return cast(
            PersonalizationEnvelope, await self._caller.call(request, _update_personalization._parse_response, (200,))
        )

    async def delete_personalization(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a personalization variable

        `DELETE /personalizations/{id}`

        A missing id is answered with 400 (not 404) and a "No Result found" message.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_personalization._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_personalization._parse_response, (200,)))

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
        request = _lock_personalization._get_kwargs(
            id=id,
        )
        return cast(
            PersonalizationLockResult, await self._caller.call(request, _lock_personalization._parse_response, (200,))
        )

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
        request = _unlock_personalization._get_kwargs(
            id=id,
        )
        return cast(
            PersonalizationLockResult, await self._caller.call(request, _unlock_personalization._parse_response, (200,))
        )
