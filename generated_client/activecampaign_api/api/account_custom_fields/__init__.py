"""The `account_custom_fields` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.account_custom_field_create_request import AccountCustomFieldCreateRequest
    from ...models.account_custom_field_envelope import AccountCustomFieldEnvelope
    from ...models.account_custom_field_list import AccountCustomFieldList
    from ...models.account_custom_field_message import AccountCustomFieldMessage
    from ...models.account_custom_field_update_request import AccountCustomFieldUpdateRequest
    from ...models.account_custom_field_value_change import AccountCustomFieldValueChange
    from ...models.account_custom_field_value_create_request import AccountCustomFieldValueCreateRequest
    from ...models.account_custom_field_value_envelope import AccountCustomFieldValueEnvelope
    from ...models.account_custom_field_value_list import AccountCustomFieldValueList
    from ...models.account_custom_field_value_new import AccountCustomFieldValueNew
    from ...models.account_custom_field_value_update_request import AccountCustomFieldValueUpdateRequest
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class AccountCustomFieldsOperations:
    """The `account_custom_fields` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_account_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_field_label: str | Unset = UNSET,
    ) -> AccountCustomFieldList:
        """List the account custom field definitions

        `GET /accountCustomFieldMeta`

        Args:
            limit: Page size; this list defaults to 100.
            offset: Number of items to skip before the page starts.
            filters_field_label: Only fields with this label.

        """
        from . import list_account_custom_fields as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_field_label=filters_field_label,
        )
        return cast("AccountCustomFieldList", self._caller.call(_operation.ROUTE, request))

    def create_account_custom_field(
        self,
        *,
        body: AccountCustomFieldCreateRequest,
    ) -> AccountCustomFieldEnvelope:
        """Define a new account custom field

        `POST /accountCustomFieldMeta`

        Args:
            body:

        """
        from . import create_account_custom_field as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountCustomFieldEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_account_custom_field(
        self,
        id: str,
    ) -> AccountCustomFieldEnvelope:
        """Retrieve a account custom field definition

        `GET /accountCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_account_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountCustomFieldEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_account_custom_field(
        self,
        id: str,
        *,
        body: AccountCustomFieldUpdateRequest,
    ) -> AccountCustomFieldEnvelope:
        """Change a account custom field's label, options, default or display

        `PUT /accountCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_account_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountCustomFieldEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_account_custom_field(
        self,
        id: str,
    ) -> AccountCustomFieldMessage:
        """Delete a account custom field and its values

        `DELETE /accountCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_account_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountCustomFieldMessage", self._caller.call(_operation.ROUTE, request))

    def list_account_custom_field_values(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_customer_account_id: str | Unset = UNSET,
    ) -> AccountCustomFieldValueList:
        """List account custom field values, optionally of one account

        `GET /accountCustomFieldData`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_customer_account_id: Keep the values of this account (id). Note the capital `I`.

        """
        from . import list_account_custom_field_values as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_customer_account_id=filters_customer_account_id,
        )
        return cast("AccountCustomFieldValueList", self._caller.call(_operation.ROUTE, request))

    def create_account_custom_field_value(
        self,
        *,
        body: AccountCustomFieldValueCreateRequest,
    ) -> AccountCustomFieldValueEnvelope:
        """Store a custom field value on a account

        `POST /accountCustomFieldData`

        Args:
            body:

        """
        from . import create_account_custom_field_value as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountCustomFieldValueEnvelope", self._caller.call(_operation.ROUTE, request))

    def bulk_create_account_custom_field_values(
        self,
        *,
        body: list[AccountCustomFieldValueNew],
    ) -> AccountCustomFieldMessage:
        """Store several account custom field values in one call

        `POST /accountCustomFieldData/bulkCreate`

        The body is a bare JSON array, one entry per value.

        Args:
            body:

        """
        from . import bulk_create_account_custom_field_values as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountCustomFieldMessage", self._caller.call(_operation.ROUTE, request))

    def bulk_update_account_custom_field_values(
        self,
        *,
        body: list[AccountCustomFieldValueChange],
    ) -> AccountCustomFieldMessage:
        """Change several stored account custom field values in one call

        `PATCH /accountCustomFieldData/bulkUpdate`

        The body is a bare JSON array; each entry names a stored value by its id.

        Args:
            body:

        """
        from . import bulk_update_account_custom_field_values as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountCustomFieldMessage", self._caller.call(_operation.ROUTE, request))

    def get_account_custom_field_value(
        self,
        id: str,
    ) -> AccountCustomFieldValueEnvelope:
        """Retrieve a stored account custom field value

        `GET /accountCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_account_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountCustomFieldValueEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_account_custom_field_value(
        self,
        id: str,
        *,
        body: AccountCustomFieldValueUpdateRequest,
    ) -> AccountCustomFieldValueEnvelope:
        """Change a stored account custom field value

        `PUT /accountCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_account_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountCustomFieldValueEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_account_custom_field_value(
        self,
        id: str,
    ) -> AccountCustomFieldMessage:
        """Delete a stored account custom field value

        `DELETE /accountCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_account_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountCustomFieldMessage", self._caller.call(_operation.ROUTE, request))


class AsyncAccountCustomFieldsOperations:
    """The `account_custom_fields` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_account_custom_fields(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_field_label: str | Unset = UNSET,
    ) -> AccountCustomFieldList:
        """List the account custom field definitions

        `GET /accountCustomFieldMeta`

        Args:
            limit: Page size; this list defaults to 100.
            offset: Number of items to skip before the page starts.
            filters_field_label: Only fields with this label.

        """
        from . import list_account_custom_fields as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_field_label=filters_field_label,
        )
        return cast("AccountCustomFieldList", await self._caller.call(_operation.ROUTE, request))

    async def create_account_custom_field(
        self,
        *,
        body: AccountCustomFieldCreateRequest,
    ) -> AccountCustomFieldEnvelope:
        """Define a new account custom field

        `POST /accountCustomFieldMeta`

        Args:
            body:

        """
        from . import create_account_custom_field as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountCustomFieldEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_account_custom_field(
        self,
        id: str,
    ) -> AccountCustomFieldEnvelope:
        """Retrieve a account custom field definition

        `GET /accountCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_account_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountCustomFieldEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_account_custom_field(
        self,
        id: str,
        *,
        body: AccountCustomFieldUpdateRequest,
    ) -> AccountCustomFieldEnvelope:
        """Change a account custom field's label, options, default or display

        `PUT /accountCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_account_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountCustomFieldEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_account_custom_field(
        self,
        id: str,
    ) -> AccountCustomFieldMessage:
        """Delete a account custom field and its values

        `DELETE /accountCustomFieldMeta/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_account_custom_field as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountCustomFieldMessage", await self._caller.call(_operation.ROUTE, request))

    async def list_account_custom_field_values(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_customer_account_id: str | Unset = UNSET,
    ) -> AccountCustomFieldValueList:
        """List account custom field values, optionally of one account

        `GET /accountCustomFieldData`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_customer_account_id: Keep the values of this account (id). Note the capital `I`.

        """
        from . import list_account_custom_field_values as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_customer_account_id=filters_customer_account_id,
        )
        return cast("AccountCustomFieldValueList", await self._caller.call(_operation.ROUTE, request))

    async def create_account_custom_field_value(
        self,
        *,
        body: AccountCustomFieldValueCreateRequest,
    ) -> AccountCustomFieldValueEnvelope:
        """Store a custom field value on a account

        `POST /accountCustomFieldData`

        Args:
            body:

        """
        from . import create_account_custom_field_value as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountCustomFieldValueEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def bulk_create_account_custom_field_values(
        self,
        *,
        body: list[AccountCustomFieldValueNew],
    ) -> AccountCustomFieldMessage:
        """Store several account custom field values in one call

        `POST /accountCustomFieldData/bulkCreate`

        The body is a bare JSON array, one entry per value.

        Args:
            body:

        """
        from . import bulk_create_account_custom_field_values as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountCustomFieldMessage", await self._caller.call(_operation.ROUTE, request))

    async def bulk_update_account_custom_field_values(
        self,
        *,
        body: list[AccountCustomFieldValueChange],
    ) -> AccountCustomFieldMessage:
        """Change several stored account custom field values in one call

        `PATCH /accountCustomFieldData/bulkUpdate`

        The body is a bare JSON array; each entry names a stored value by its id.

        Args:
            body:

        """
        from . import bulk_update_account_custom_field_values as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("AccountCustomFieldMessage", await self._caller.call(_operation.ROUTE, request))

    async def get_account_custom_field_value(
        self,
        id: str,
    ) -> AccountCustomFieldValueEnvelope:
        """Retrieve a stored account custom field value

        `GET /accountCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_account_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountCustomFieldValueEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_account_custom_field_value(
        self,
        id: str,
        *,
        body: AccountCustomFieldValueUpdateRequest,
    ) -> AccountCustomFieldValueEnvelope:
        """Change a stored account custom field value

        `PUT /accountCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_account_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("AccountCustomFieldValueEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_account_custom_field_value(
        self,
        id: str,
    ) -> AccountCustomFieldMessage:
        """Delete a stored account custom field value

        `DELETE /accountCustomFieldData/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_account_custom_field_value as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AccountCustomFieldMessage", await self._caller.call(_operation.ROUTE, request))
