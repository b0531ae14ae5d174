"""The `deal_custom_fields` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.deal_custom_field_create_request import DealCustomFieldCreateRequest
    from ...models.deal_custom_field_envelope import DealCustomFieldEnvelope
    from ...models.deal_custom_field_list import DealCustomFieldList
    from ...models.deal_custom_field_message import DealCustomFieldMessage
    from ...models.deal_custom_field_update_envelope import DealCustomFieldUpdateEnvelope
    from ...models.deal_custom_field_update_plural_envelope import DealCustomFieldUpdatePluralEnvelope
    from ...models.deal_custom_field_value_change import DealCustomFieldValueChange
    from ...models.deal_custom_field_value_create_request import DealCustomFieldValueCreateRequest
    from ...models.deal_custom_field_value_envelope import DealCustomFieldValueEnvelope
    from ...models.deal_custom_field_value_list import DealCustomFieldValueList
    from ...models.deal_custom_field_value_new import DealCustomFieldValueNew
    from ...models.deal_custom_field_value_update_request import DealCustomFieldValueUpdateRequest
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class DealCustomFieldsOperations:
    """The `deal_custom_fields` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_deal_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> DealCustomFieldList:
        """List the deal custom field definitions

        `GET /dealCustomFieldMeta`

        Args:
            limit: Page size; this list defaults to 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_deal_custom_fields as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("DealCustomFieldList", self._caller.call(_operation.ROUTE, request))

    def create_deal_custom_field(
        self,
        *,
        body: DealCustomFieldCreateRequest,
    ) -> DealCustomFieldEnvelope:
        """Define a new deal custom field

        `POST /dealCustomFieldMeta`

        Args:
            body:

        """
        from . import create_deal_custom_field as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealCustomFieldEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_deal_custom_field(
        self,
        id: str,
    ) -> DealCustomFieldEnvelope:
        """Retrieve a deal custom field definition

        `GET /dealCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_deal_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_deal_custom_field(
        self,
        id: str,
        *,
        body: DealCustomFieldUpdateEnvelope | DealCustomFieldUpdatePluralEnvelope,
    ) -> DealCustomFieldEnvelope:
        """Change a deal custom field's label, options, default or display

        `PUT /dealCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body: The changes, in the envelope the reference documents (`dealCustomFieldMetum`) or in
                the plural envelope `dealCustomFieldMeta` that public clients send (the Ruby
                `active_campaign` gem's `update_deal_custom_field_meta`). The API answers both with 200; in
                that gem's recording the answer to the plural envelope showed the field unchanged, so send
                `dealCustomFieldMetum` to change it.

        """
        from . import update_deal_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealCustomFieldEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_deal_custom_field(
        self,
        id: str,
    ) -> DealCustomFieldMessage:
        """Delete a deal custom field and its values

        `DELETE /dealCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldMessage", self._caller.call(_operation.ROUTE, request))

    def list_deal_custom_field_values(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_deal_id: str | Unset = UNSET,
    ) -> DealCustomFieldValueList:
        """List deal custom field values, optionally of one deal

        `GET /dealCustomFieldData`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_deal_id: Keep the values of this deal (id). Note the capital `I`.

        """
        from . import list_deal_custom_field_values as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_deal_id=filters_deal_id,
        )
        return cast("DealCustomFieldValueList", self._caller.call(_operation.ROUTE, request))

    def create_deal_custom_field_value(
        self,
        *,
        body: DealCustomFieldValueCreateRequest,
    ) -> DealCustomFieldValueEnvelope:
        """Store a custom field value on a deal

        `POST /dealCustomFieldData`

        Args:
            body:

        """
        from . import create_deal_custom_field_value as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealCustomFieldValueEnvelope", self._caller.call(_operation.ROUTE, request))

    def bulk_create_deal_custom_field_values(
        self,
        *,
        body: list[DealCustomFieldValueNew],
    ) -> DealCustomFieldMessage:
        """Store several deal custom field values in one call

        `POST /dealCustomFieldData/bulkCreate`

        The body is a bare JSON array, one entry per value.

        Args:
            body:

        """
        from . import bulk_create_deal_custom_field_values as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealCustomFieldMessage", self._caller.call(_operation.ROUTE, request))

    def bulk_update_deal_custom_field_values(
        self,
        *,
        body: list[DealCustomFieldValueChange],
    ) -> DealCustomFieldMessage:
        """Change several stored deal custom field values in one call

        `PATCH /dealCustomFieldData/bulkUpdate`

        The body is a bare JSON array; each entry names a stored value by its id.

        Args:
            body:

        """
        from . import bulk_update_deal_custom_field_values as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealCustomFieldMessage", self._caller.call(_operation.ROUTE, request))

    def get_deal_custom_field_value(
        self,
        id: str,
    ) -> DealCustomFieldValueEnvelope:
        """Retrieve a stored deal custom field value

        `GET /dealCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_deal_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldValueEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_deal_custom_field_value(
        self,
        id: str,
        *,
        body: DealCustomFieldValueUpdateRequest,
    ) -> DealCustomFieldValueEnvelope:
        """Change a stored deal custom field value

        `PUT /dealCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_deal_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealCustomFieldValueEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_deal_custom_field_value(
        self,
        id: str,
    ) -> DealCustomFieldMessage:
        """Delete a stored deal custom field value

        `DELETE /dealCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldMessage", self._caller.call(_operation.ROUTE, request))

    def list_custom_field_values_of_deal(
        self,
        id: str,
    ) -> DealCustomFieldValueList:
        """List the custom field values stored on one deal

        `GET /deals/{id}/dealCustomFieldData`

        Undocumented: not in the public reference, but every deal links to it (`links.dealCustomFieldData`).
        Answers like the value list filtered by `filters[dealId]`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_custom_field_values_of_deal as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldValueList", self._caller.call(_operation.ROUTE, request))


class AsyncDealCustomFieldsOperations:
    """The `deal_custom_fields` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_deal_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> DealCustomFieldList:
        """List the deal custom field definitions

        `GET /dealCustomFieldMeta`

        Args:
            limit: Page size; this list defaults to 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_deal_custom_fields as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("DealCustomFieldList", await self._caller.call(_operation.ROUTE, request))

    async def create_deal_custom_field(
        self,
        *,
        body: DealCustomFieldCreateRequest,
    ) -> DealCustomFieldEnvelope:
        """Define a new deal custom field

        `POST /dealCustomFieldMeta`

        Args:
            body:

        """
        from . import create_deal_custom_field as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealCustomFieldEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_deal_custom_field(
        self,
        id: str,
    ) -> DealCustomFieldEnvelope:
        """Retrieve a deal custom field definition

        `GET /dealCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_deal_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_deal_custom_field(
        self,
        id: str,
        *,
        body: DealCustomFieldUpdateEnvelope | DealCustomFieldUpdatePluralEnvelope,
    ) -> DealCustomFieldEnvelope:
        """Change a deal custom field's label, options, default or display

        `PUT /dealCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body: The changes, in the envelope the reference documents (`dealCustomFieldMetum`) or in
                the plural envelope `dealCustomFieldMeta` that public clients send (the Ruby
                `active_campaign` gem's `update_deal_custom_field_meta`). The API answers both with 200; in
                that gem's recording the answer to the plural envelope showed the field unchanged, so send
                `dealCustomFieldMetum` to change it.

        """
        from . import update_deal_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealCustomFieldEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_deal_custom_field(
        self,
        id: str,
    ) -> DealCustomFieldMessage:
        """Delete a deal custom field and its values

        `DELETE /dealCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldMessage", await self._caller.call(_operation.ROUTE, request))

    async def list_deal_custom_field_values(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_deal_id: str | Unset = UNSET,
    ) -> DealCustomFieldValueList:
        """List deal custom field values, optionally of one deal

        `GET /dealCustomFieldData`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_deal_id: Keep the values of this deal (id). Note the capital `I`.

        """
        from . import list_deal_custom_field_values as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_deal_id=filters_deal_id,
        )
        return cast("DealCustomFieldValueList", await self._caller.call(_operation.ROUTE, request))

    async def create_deal_custom_field_value(
        self,
        *,
        body: DealCustomFieldValueCreateRequest,
    ) -> DealCustomFieldValueEnvelope:
        """Store a custom field value on a deal

        `POST /dealCustomFieldData`

        Args:
            body:

        """
        from . import create_deal_custom_field_value as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealCustomFieldValueEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def bulk_create_deal_custom_field_values(
        self,
        *,
        body: list[DealCustomFieldValueNew],
    ) -> DealCustomFieldMessage:
        """Store several deal custom field values in one call

        `POST /dealCustomFieldData/bulkCreate`

        The body is a bare JSON array, one entry per value.

        Args:
            body:

        """
        from . import bulk_create_deal_custom_field_values as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealCustomFieldMessage", await self._caller.call(_operation.ROUTE, request))

    async def bulk_update_deal_custom_field_values(
        self,
        *,
        body: list[DealCustomFieldValueChange],
    ) -> DealCustomFieldMessage:
        """Change several stored deal custom field values in one call

        `PATCH /dealCustomFieldData/bulkUpdate`

        The body is a bare JSON array; each entry names a stored value by its id.

        Args:
            body:

        """
        from . import bulk_update_deal_custom_field_values as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealCustomFieldMessage", await self._caller.call(_operation.ROUTE, request))

    async def get_deal_custom_field_value(
        self,
        id: str,
    ) -> DealCustomFieldValueEnvelope:
        """Retrieve a stored deal custom field value

        `GET /dealCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_deal_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldValueEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_deal_custom_field_value(
        self,
        id: str,
        *,
        body: DealCustomFieldValueUpdateRequest,
    ) -> DealCustomFieldValueEnvelope:
        """Change a stored deal custom field value

        `PUT /dealCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_deal_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealCustomFieldValueEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_deal_custom_field_value(
        self,
        id: str,
    ) -> DealCustomFieldMessage:
        """Delete a stored deal custom field value

        `DELETE /dealCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldMessage", await self._caller.call(_operation.ROUTE, request))

    async def list_custom_field_values_of_deal(
        self,
        id: str,
    ) -> DealCustomFieldValueList:
        """List the custom field values stored on one deal

        `GET /deals/{id}/dealCustomFieldData`

        Undocumented: not in the public reference, but every deal links to it (`links.dealCustomFieldData`).
        Answers like the value list filtered by `filters[dealId]`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_custom_field_values_of_deal as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealCustomFieldValueList", await self._caller.call(_operation.ROUTE, request))
