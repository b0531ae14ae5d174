"""The `field_values` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.custom_field_value_envelope import CustomFieldValueEnvelope
    from ...models.custom_field_value_list import CustomFieldValueList
    from ...models.custom_field_value_request import CustomFieldValueRequest
    from ...models.custom_field_value_saved_envelope import CustomFieldValueSavedEnvelope
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class FieldValuesOperations:
    """The `field_values` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_field_values(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_fieldid: str | Unset = UNSET,
        filters_val: str | Unset = UNSET,
    ) -> CustomFieldValueList:
        """List custom field values across contacts

        `GET /fieldValues`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_fieldid: Keep values of this custom field.
            filters_val: Keep values equal to this text.

        """
        from . import list_field_values as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_fieldid=filters_fieldid,
            filters_val=filters_val,
        )
        return cast("CustomFieldValueList", self._caller.call(_operation.ROUTE, request))

    def create_field_value(
        self,
        *,
        body: CustomFieldValueRequest,
    ) -> CustomFieldValueSavedEnvelope:
        """Set a contact's value for a custom field

        `POST /fieldValues`

        Args:
            body:

        """
        from . import create_field_value as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CustomFieldValueSavedEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_field_value(
        self,
        id: str,
    ) -> CustomFieldValueEnvelope:
        """Retrieve one custom field value

        `GET /fieldValues/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CustomFieldValueEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_field_value(
        self,
        id: str,
        *,
        body: CustomFieldValueRequest,
    ) -> CustomFieldValueSavedEnvelope:
        """Change a contact's value for a custom field

        `PUT /fieldValues/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("CustomFieldValueSavedEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_field_value(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Clear a contact's value for a custom field

        `DELETE /fieldValues/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncFieldValuesOperations:
    """The `field_values` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_field_values(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_fieldid: str | Unset = UNSET,
        filters_val: str | Unset = UNSET,
    ) -> CustomFieldValueList:
        """List custom field values across contacts

        `GET /fieldValues`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_fieldid: Keep values of this custom field.
            filters_val: Keep values equal to this text.

        """
        from . import list_field_values as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_fieldid=filters_fieldid,
            filters_val=filters_val,
        )
        return cast("CustomFieldValueList", await self._caller.call(_operation.ROUTE, request))

    async def create_field_value(
        self,
        *,
        body: CustomFieldValueRequest,
    ) -> CustomFieldValueSavedEnvelope:
        """Set a contact's value for a custom field

        `POST /fieldValues`

        Args:
            body:

        """
        from . import create_field_value as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CustomFieldValueSavedEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_field_value(
        self,
        id: str,
    ) -> CustomFieldValueEnvelope:
        """Retrieve one custom field value

        `GET /fieldValues/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CustomFieldValueEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_field_value(
        self,
        id: str,
        *,
        body: CustomFieldValueRequest,
    ) -> CustomFieldValueSavedEnvelope:
        """Change a contact's value for a custom field

        `PUT /fieldValues/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("CustomFieldValueSavedEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_field_value(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Clear a contact's value for a custom field

        `DELETE /fieldValues/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
