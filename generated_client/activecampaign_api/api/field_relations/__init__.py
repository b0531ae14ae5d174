"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.field_rel_create_request import FieldRelCreateRequest
from ...models.field_rel_envelope import FieldRelEnvelope
from ...models.field_rel_list import FieldRelList
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_field_relation as _create_field_relation
from . import delete_field_relation as _delete_field_relation
from . import list_field_relations as _list_field_relations


class FieldRelationsOperations:
    """The `field_relations` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_field_relation(
        self,
        *,
        body: FieldRelCreateRequest,
    ) -> FieldRelEnvelope:
        """Make a custom field available on a list (list 0 means every list)

        `POST /fieldRels`

        Args:
            body:

        """
        request = _create_field_relation._get_kwargs(
            body=body,
        )
        return cast(FieldRelEnvelope, self._caller.call(request, _create_field_relation._parse_response, (200, 201)))

    def delete_field_relation(
        self,
        id: str,
    ) -> EmptyObject:
        """Remove a custom field from a list

        `DELETE /fieldRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_field_relation._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_field_relation._parse_response, (200,)))

    def list_field_relations(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> FieldRelList:
        """List the lists a custom field is available on

        `GET /fields/{id}/relations`

        Undocumented: called by the datomatic PHP client (`ActiveCampaignFieldsResource.php`). Items are
        shaped like the `fieldRel` of `POST /fieldRels`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_field_relations._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast(FieldRelList, self._caller.call(request, _list_field_relations._parse_response, (200,)))


class AsyncFieldRelationsOperations:
    """The `field_relations` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_field_relation(
        self,
        *,
        body: FieldRelCreateRequest,
    ) -> FieldRelEnvelope:
        """Make a custom field available on a list (list 0 means every list)

        `POST /fieldRels`

        Args:
            body:

        """
        request = _create_field_relation._get_kwargs(
            body=body,
        )
        return cast(
            FieldRelEnvelope, await self._caller.call(request, _create_field_relation._parse_response, (200, 201))
        )

    async def delete_field_relation(
        self,
        id: str,
    ) -> EmptyObject:
        """Remove a custom field from a list

        `DELETE /fieldRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_field_relation._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_field_relation._parse_response, (200,)))

    async def list_field_relations(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> FieldRelList:
        """List the lists a custom field is available on

        `GET /fields/{id}/relations`

        Undocumented: called by the datomatic PHP client (`ActiveCampaignFieldsResource.php`). Items are
        shaped like the `fieldRel` of `POST /fieldRels`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_field_relations._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast(FieldRelList, await self._caller.call(request, _list_field_relations._parse_response, (200,)))
