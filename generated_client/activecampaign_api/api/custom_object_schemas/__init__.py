"""The `custom_object_schemas` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
    from ...models.custom_object_schema_list import CustomObjectSchemaList
    from ...models.custom_object_schema_write_request import CustomObjectSchemaWriteRequest
    from ...models.error_response import ErrorResponse
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class CustomObjectSchemasOperations:
    """The `custom_object_schemas` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_custom_object_schemas(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        show_fields: str | Unset = UNSET,
        filters_created_timestamp_gt: str | Unset = UNSET,
        filters_updated_timestamp_gt: str | Unset = UNSET,
        orders_created_timestamp: SortDirection | Unset = UNSET,
        orders_updated_timestamp: SortDirection | Unset = UNSET,
    ) -> CustomObjectSchemaList:
        """List the account's custom object schemas

        `GET /customObjects/schemas`

        Send `showFields=all` when about to add fields, so that fields marked for deletion (`status:
        marked_for_deletion`) are listed and their ids not reused.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            show_fields: Which fields the schema lists; `all` includes fields marked for deletion. The
                API defaults to `all`.
            filters_created_timestamp_gt: Only schemas created after this date-time.
            filters_updated_timestamp_gt: Only schemas updated after this date-time.
            orders_created_timestamp: Sort direction of an `orders[...]` parameter.
            orders_updated_timestamp: Sort direction of an `orders[...]` parameter.

        """
        from . import list_custom_object_schemas as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            show_fields=show_fields,
            filters_created_timestamp_gt=filters_created_timestamp_gt,
            filters_updated_timestamp_gt=filters_updated_timestamp_gt,
            orders_created_timestamp=orders_created_timestamp,
            orders_updated_timestamp=orders_updated_timestamp,
        )
        return cast("CustomObjectSchemaList", self._caller.call(_operation.ROUTE, request))

    def create_custom_object_schema(
        self,
        *,
        body: CustomObjectSchemaWriteRequest,
    ) -> CustomObjectSchemaEnvelope:
        """Create a private custom object schema

        `POST /customObjects/schemas`

        Args:
            body:

        """
        from . import create_custom_object_schema as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CustomObjectSchemaEnvelope", self._caller.call(_operation.ROUTE, request))

    def create_public_custom_object_schema(
        self,
        *,
        body: CustomObjectSchemaWriteRequest,
    ) -> CustomObjectSchemaEnvelope:
        """Create a public schema that an app's installations extend with child schemas

        `POST /customObjects/schemas/public`

        The API prefixes the slug with the app and schema ids.

        Args:
            body:

        """
        from . import create_public_custom_object_schema as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CustomObjectSchemaEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_custom_object_schema(
        self,
        id: str,
        *,
        show_fields: str | Unset = UNSET,
    ) -> CustomObjectSchemaEnvelope:
        """Retrieve a custom object schema

        `GET /customObjects/schemas/{id}`

        Args:
            id: Id (a UUID) of the schema.
            show_fields: Which fields the schema lists; `all` includes fields marked for deletion. The
                API defaults to `all`.

        """
        from . import get_custom_object_schema as _operation

        request = _operation._get_kwargs(
            id=id,
            show_fields=show_fields,
        )
        return cast("CustomObjectSchemaEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_custom_object_schema(
        self,
        id: str,
        *,
        body: CustomObjectSchemaWriteRequest,
        validate_only: bool | Unset = UNSET,
    ) -> CustomObjectSchemaEnvelope:
        """Update a schema's labels or icon, or add fields and relationships

        `PUT /customObjects/schemas/{id}`

        Fields can be added but not removed here; use `deleteCustomObjectSchemaField`. The reference names
        the path parameter `schemaId` for this method only; it is the schema's id. The reference also lists
        a `showFields` query parameter for this method; it is not described here yet.

        Args:
            id: Id (a UUID) of the schema.
            validate_only: When true, the API validates the update without saving it.
            body:

        """
        from . import update_custom_object_schema as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
            validate_only=validate_only,
        )
        return cast("CustomObjectSchemaEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_custom_object_schema(
        self,
        id: str,
    ) -> None:
        """Delete a custom object schema and its records

        `DELETE /customObjects/schemas/{id}`

        Answers 200 with an empty body.

        Args:
            id: Id (a UUID) of the schema.

        """
        from . import delete_custom_object_schema as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("None", self._caller.call(_operation.ROUTE, request))

    def create_child_custom_object_schema(
        self,
        id: str,
    ) -> CustomObjectSchemaEnvelope:
        """Create a private child of a public schema, inheriting its fields and relationships

        `POST /customObjects/schemas/{id}/child`

        Takes no body. Answers with the child schema; inherited fields are marked `inherited`.

        Args:
            id: Id of the public parent schema the child extends.

        """
        from . import create_child_custom_object_schema as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CustomObjectSchemaEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_custom_object_schema_field(
        self,
        schema_id: str,
        field_id: str,
        *,
        show_fields: str | Unset = UNSET,
    ) -> CustomObjectSchemaEnvelope:
        """Delete a field of a schema, irreversibly

        `DELETE /customObjects/schemas/{schema_id}/fields/{field_id}`

        Answers 202 with the schema; the field's data on records is unavailable at once and the field is
        listed with `status: marked_for_deletion` until it is purged.

        Args:
            schema_id: Id of the schema.
            field_id: Id of the field to delete.
            show_fields: Which fields the schema lists; `all` includes fields marked for deletion. The
                API defaults to `all`.

        """
        from . import delete_custom_object_schema_field as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            field_id=field_id,
            show_fields=show_fields,
        )
        return cast("CustomObjectSchemaEnvelope", self._caller.call(_operation.ROUTE, request))


class AsyncCustomObjectSchemasOperations:
    """The `custom_object_schemas` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_custom_object_schemas(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        show_fields: str | Unset = UNSET,
        filters_created_timestamp_gt: str | Unset = UNSET,
        filters_updated_timestamp_gt: str | Unset = UNSET,
        orders_created_timestamp: SortDirection | Unset = UNSET,
        orders_updated_timestamp: SortDirection | Unset = UNSET,
    ) -> CustomObjectSchemaList:
        """List the account's custom object schemas

        `GET /customObjects/schemas`

        Send `showFields=all` when about to add fields, so that fields marked for deletion (`status:
        marked_for_deletion`) are listed and their ids not reused.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            show_fields: Which fields the schema lists; `all` includes fields marked for deletion. The
                API defaults to `all`.
            filters_created_timestamp_gt: Only schemas created after this date-time.
            filters_updated_timestamp_gt: Only schemas updated after this date-time.
            orders_created_timestamp: Sort direction of an `orders[...]` parameter.
            orders_updated_timestamp: Sort direction of an `orders[...]` parameter.

        """
        from . import list_custom_object_schemas as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            show_fields=show_fields,
            filters_created_timestamp_gt=filters_created_timestamp_gt,
            filters_updated_timestamp_gt=filters_updated_timestamp_gt,
            orders_created_timestamp=orders_created_timestamp,
            orders_updated_timestamp=orders_updated_timestamp,
        )
        return cast("CustomObjectSchemaList", await self._caller.call(_operation.ROUTE, request))

    async def create_custom_object_schema(
        self,
        *,
        body: CustomObjectSchemaWriteRequest,
    ) -> CustomObjectSchemaEnvelope:
        """Create a private custom object schema

        `POST /customObjects/schemas`

        Args:
            body:

        """
        from . import create_custom_object_schema as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CustomObjectSchemaEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def create_public_custom_object_schema(
        self,
        *,
        body: CustomObjectSchemaWriteRequest,
    ) -> CustomObjectSchemaEnvelope:
        """Create a public schema that an app's installations extend with child schemas

        `POST /customObjects/schemas/public`

        The API prefixes the slug with the app and schema ids.

        Args:
            body:

        """
        from . import create_public_custom_object_schema as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CustomObjectSchemaEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_custom_object_schema(
        self,
        id: str,
        *,
        show_fields: str | Unset = UNSET,
    ) -> CustomObjectSchemaEnvelope:
        """Retrieve a custom object schema

        `GET /customObjects/schemas/{id}`

        Args:
            id: Id (a UUID) of the schema.
            show_fields: Which fields the schema lists; `all` includes fields marked for deletion. The
                API defaults to `all`.

        """
        from . import get_custom_object_schema as _operation

        request = _operation._get_kwargs(
            id=id,
            show_fields=show_fields,
        )
        return cast("CustomObjectSchemaEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_custom_object_schema(
        self,
        id: str,
        *,
        body: CustomObjectSchemaWriteRequest,
        validate_only: bool | Unset = UNSET,
    ) -> CustomObjectSchemaEnvelope:
        """Update a schema's labels or icon, or add fields and relationships

        `PUT /customObjects/schemas/{id}`

        Fields can be added but not removed here; use `deleteCustomObjectSchemaField`. The reference names
        the path parameter `schemaId` for this method only; it is the schema's id. The reference also lists
        a `showFields` query parameter for this method; it is not described here yet.

        Args:
            id: Id (a UUID) of the schema.
            validate_only: When true, the API validates the update without saving it.
            body:

        """
        from . import update_custom_object_schema as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
            validate_only=validate_only,
        )
        return cast("CustomObjectSchemaEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_custom_object_schema(
        self,
        id: str,
    ) -> None:
        """Delete a custom object schema and its records

        `DELETE /customObjects/schemas/{id}`

        Answers 200 with an empty body.

        Args:
            id: Id (a UUID) of the schema.

        """
        from . import delete_custom_object_schema as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("None", await self._caller.call(_operation.ROUTE, request))

    async def create_child_custom_object_schema(
        self,
        id: str,
    ) -> CustomObjectSchemaEnvelope:
        """Create a private child of a public schema, inheriting its fields and relationships

        `POST /customObjects/schemas/{id}/child`

        Takes no body. Answers with the child schema; inherited fields are marked `inherited`.

        Args:
            id: Id of the public parent schema the child extends.

        """
        from . import create_child_custom_object_schema as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CustomObjectSchemaEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_custom_object_schema_field(
        self,
        schema_id: str,
        field_id: str,
        *,
        show_fields: str | Unset = UNSET,
    ) -> CustomObjectSchemaEnvelope:
        """Delete a field of a schema, irreversibly

        `DELETE /customObjects/schemas/{schema_id}/fields/{field_id}`

        Answers 202 with the schema; the field's data on records is unavailable at once and the field is
        listed with `status: marked_for_deletion` until it is purged.

        Args:
            schema_id: Id of the schema.
            field_id: Id of the field to delete.
            show_fields: Which fields the schema lists; `all` includes fields marked for deletion. The
                API defaults to `all`.

        """
        from . import delete_custom_object_schema_field as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            field_id=field_id,
            show_fields=show_fields,
        )
        return cast("CustomObjectSchemaEnvelope", await self._caller.call(_operation.ROUTE, request))
