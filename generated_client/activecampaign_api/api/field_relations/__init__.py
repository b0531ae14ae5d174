"""The `field_relations` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.field_rel_create_request import FieldRelCreateRequest
    from ...models.field_rel_envelope import FieldRelEnvelope
    from ...models.field_rel_list import FieldRelList
    from .. import AsyncCaller, Caller


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
        from . import create_field_relation as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldRelEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_field_relation(
        self,
        id: str,
    ) -> FieldRelEnvelope:
        """Retrieve one relation of a custom field to a list (list 0 means every list)

        `GET /fieldRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_field_relation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldRelEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_field_relation(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Remove a custom field from a list

        `DELETE /fieldRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field_relation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

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
        from . import list_field_relations as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("FieldRelList", self._caller.call(_operation.ROUTE, request))


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
        from . import create_field_relation as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldRelEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_field_relation(
        self,
        id: str,
    ) -> FieldRelEnvelope:
        """Retrieve one relation of a custom field to a list (list 0 means every list)

        `GET /fieldRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_field_relation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldRelEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_field_relation(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Remove a custom field from a list

        `DELETE /fieldRels/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field_relation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

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
        from . import list_field_relations as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("FieldRelList", await self._caller.call(_operation.ROUTE, request))
