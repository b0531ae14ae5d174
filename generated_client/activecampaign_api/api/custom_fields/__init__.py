"""The `custom_fields` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.field_create_request import FieldCreateRequest
    from ...models.field_envelope import FieldEnvelope
    from ...models.field_list import FieldList
    from ...models.field_update_request import FieldUpdateRequest
    from .. import AsyncCaller, Caller


class CustomFieldsOperations:
    """The `custom_fields` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_perstag: str | Unset = UNSET,
    ) -> FieldList:
        """List custom contact fields with their options and list relations

        `GET /fields`

        Args:
            limit: Page size; this endpoint defaults to 100.
            offset: Number of items to skip before the page starts.
            filters_perstag: Keep the field with this personalization tag (for example
                `CUSTOMER_GROUP`).

        """
        from . import list_fields as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_perstag=filters_perstag,
        )
        return cast("FieldList", self._caller.call(_operation.ROUTE, request))

    def create_field(
        self,
        *,
        body: FieldCreateRequest,
    ) -> FieldEnvelope | FieldList:
        """Create a custom contact field

        `POST /fields`

        Creates the field. The reference's example answer to this call is a field listing (`fields` +
        `meta`) rather than the single `field`, so both shapes are accepted.

        Args:
            body:

        """
        from . import create_field as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldEnvelope | FieldList", self._caller.call(_operation.ROUTE, request))

    def get_field(
        self,
        id: str,
    ) -> FieldEnvelope:
        """Retrieve a custom field with its options and list relations

        `GET /fields/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_field(
        self,
        id: str,
        *,
        body: FieldUpdateRequest,
    ) -> FieldEnvelope:
        """Change a custom field's title, type, default or placement

        `PUT /fields/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_field as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("FieldEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_field(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a custom field and every value contacts hold for it

        `DELETE /fields/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncCustomFieldsOperations:
    """The `custom_fields` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_perstag: str | Unset = UNSET,
    ) -> FieldList:
        """List custom contact fields with their options and list relations

        `GET /fields`

        Args:
            limit: Page size; this endpoint defaults to 100.
            offset: Number of items to skip before the page starts.
            filters_perstag: Keep the field with this personalization tag (for example
                `CUSTOMER_GROUP`).

        """
        from . import list_fields as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_perstag=filters_perstag,
        )
        return cast("FieldList", await self._caller.call(_operation.ROUTE, request))

    async def create_field(
        self,
        *,
        body: FieldCreateRequest,
    ) -> FieldEnvelope | FieldList:
        """Create a custom contact field

        `POST /fields`

        Creates the field. The reference's example answer to this call is a field listing (`fields` +
        `meta`) rather than the single `field`, so both shapes are accepted.

        Args:
            body:

        """
        from . import create_field as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldEnvelope | FieldList", await self._caller.call(_operation.ROUTE, request))

    async def get_field(
        self,
        id: str,
    ) -> FieldEnvelope:
        """Retrieve a custom field with its options and list relations

        `GET /fields/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_field(
        self,
        id: str,
        *,
        body: FieldUpdateRequest,
    ) -> FieldEnvelope:
        """Change a custom field's title, type, default or placement

        `PUT /fields/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_field as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("FieldEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_field(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a custom field and every value contacts hold for it

        `DELETE /fields/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
