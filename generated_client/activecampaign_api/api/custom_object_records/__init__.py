"""The `custom_object_records` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.custom_object_record_envelope import CustomObjectRecordEnvelope
    from ...models.custom_object_record_list import CustomObjectRecordList
    from ...models.custom_object_record_write_request import CustomObjectRecordWriteRequest
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class CustomObjectRecordsOperations:
    """The `custom_object_records` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_custom_object_records(
        self,
        schema_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_relationships_primary_contact_eq: str | Unset = UNSET,
        filters_relationships_account_eq: str | Unset = UNSET,
        filters_relationships_deal_eq: str | Unset = UNSET,
        filters_created_timestamp_gt: str | Unset = UNSET,
        filters_updated_timestamp_gt: str | Unset = UNSET,
    ) -> CustomObjectRecordList:
        """List the records of a schema

        `GET /customObjects/records/{schema_id}`

        Records related to one contact can be selected with `filters[relationships.<relationship
        id>][eq]=<contact id>`; the parameter's name depends on the schema, so it is not listed here.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_relationships_primary_contact_eq: Only records related to this contact id.
            filters_relationships_account_eq: Only records related to this account id.
            filters_relationships_deal_eq: Only records related to this deal id.
            filters_created_timestamp_gt: Only records created after this date-time.
            filters_updated_timestamp_gt: Only records updated after this date-time.

        """
        from . import list_custom_object_records as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            limit=limit,
            offset=offset,
            filters_relationships_primary_contact_eq=filters_relationships_primary_contact_eq,
            filters_relationships_account_eq=filters_relationships_account_eq,
            filters_relationships_deal_eq=filters_relationships_deal_eq,
            filters_created_timestamp_gt=filters_created_timestamp_gt,
            filters_updated_timestamp_gt=filters_updated_timestamp_gt,
        )
        return cast("CustomObjectRecordList", self._caller.call(_operation.ROUTE, request))

    def upsert_custom_object_record(
        self,
        schema_id: str,
        *,
        body: CustomObjectRecordWriteRequest,
    ) -> CustomObjectRecordEnvelope:
        """Create a record, or update the one with the same id or external id

        `POST /customObjects/records/{schema_id}`

        Upsert keyed on `id` or `externalId`: sending the same body twice leaves one record with those
        values.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            body:

        """
        from . import upsert_custom_object_record as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            body=body,
        )
        return cast("CustomObjectRecordEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_custom_object_record(
        self,
        schema_id: str,
        record_id: str,
    ) -> CustomObjectRecordEnvelope:
        """Retrieve a record by its id

        `GET /customObjects/records/{schema_id}/{record_id}`

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            record_id: Id (a UUID) of the record.

        """
        from . import get_custom_object_record as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            record_id=record_id,
        )
        return cast("CustomObjectRecordEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_custom_object_record(
        self,
        schema_id: str,
        record_id: str,
    ) -> None:
        """Delete a record by its id

        `DELETE /customObjects/records/{schema_id}/{record_id}`

        Answers 202 with an empty body.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            record_id: Id (a UUID) of the record.

        """
        from . import delete_custom_object_record as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            record_id=record_id,
        )
        return cast("None", self._caller.call(_operation.ROUTE, request))

    def get_custom_object_record_by_external_id(
        self,
        schema_id: str,
        external_id: str,
    ) -> CustomObjectRecordEnvelope:
        """Retrieve a record by its external id

        `GET /customObjects/records/{schema_id}/external/{external_id}`

        The reference gives this path as `/records/{schemdId}/external/{externalId}`, a typo; it is
        corrected here to the path the API serves, beside the delete by external id.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            external_id: The record's external id, as set by the caller.

        """
        from . import get_custom_object_record_by_external_id as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            external_id=external_id,
        )
        return cast("CustomObjectRecordEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_custom_object_record_by_external_id(
        self,
        schema_id: str,
        external_id: str,
    ) -> None:
        """Delete a record by its external id

        `DELETE /customObjects/records/{schema_id}/external/{external_id}`

        Answers 202 with an empty body.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            external_id: The record's external id, as set by the caller.

        """
        from . import delete_custom_object_record_by_external_id as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            external_id=external_id,
        )
        return cast("None", self._caller.call(_operation.ROUTE, request))


class AsyncCustomObjectRecordsOperations:
    """The `custom_object_records` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_custom_object_records(
        self,
        schema_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_relationships_primary_contact_eq: str | Unset = UNSET,
        filters_relationships_account_eq: str | Unset = UNSET,
        filters_relationships_deal_eq: str | Unset = UNSET,
        filters_created_timestamp_gt: str | Unset = UNSET,
        filters_updated_timestamp_gt: str | Unset = UNSET,
    ) -> CustomObjectRecordList:
        """List the records of a schema

        `GET /customObjects/records/{schema_id}`

        Records related to one contact can be selected with `filters[relationships.<relationship
        id>][eq]=<contact id>`; the parameter's name depends on the schema, so it is not listed here.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_relationships_primary_contact_eq: Only records related to this contact id.
            filters_relationships_account_eq: Only records related to this account id.
            filters_relationships_deal_eq: Only records related to this deal id.
            filters_created_timestamp_gt: Only records created after this date-time.
            filters_updated_timestamp_gt: Only records updated after this date-time.

        """
        from . import list_custom_object_records as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            limit=limit,
            offset=offset,
            filters_relationships_primary_contact_eq=filters_relationships_primary_contact_eq,
            filters_relationships_account_eq=filters_relationships_account_eq,
            filters_relationships_deal_eq=filters_relationships_deal_eq,
            filters_created_timestamp_gt=filters_created_timestamp_gt,
            filters_updated_timestamp_gt=filters_updated_timestamp_gt,
        )
        return cast("CustomObjectRecordList", await self._caller.call(_operation.ROUTE, request))

    async def upsert_custom_object_record(
        self,
        schema_id: str,
        *,
        body: CustomObjectRecordWriteRequest,
    ) -> CustomObjectRecordEnvelope:
        """Create a record, or update the one with the same id or external id

        `POST /customObjects/records/{schema_id}`

        Upsert keyed on `id` or `externalId`: sending the same body twice leaves one record with those
        values.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            body:

        """
        from . import upsert_custom_object_record as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            body=body,
        )
        return cast("CustomObjectRecordEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_custom_object_record(
        self,
        schema_id: str,
        record_id: str,
    ) -> CustomObjectRecordEnvelope:
        """Retrieve a record by its id

        `GET /customObjects/records/{schema_id}/{record_id}`

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            record_id: Id (a UUID) of the record.

        """
        from . import get_custom_object_record as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            record_id=record_id,
        )
        return cast("CustomObjectRecordEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_custom_object_record(
        self,
        schema_id: str,
        record_id: str,
    ) -> None:
        """Delete a record by its id

        `DELETE /customObjects/records/{schema_id}/{record_id}`

        Answers 202 with an empty body.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            record_id: Id (a UUID) of the record.

        """
        from . import delete_custom_object_record as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            record_id=record_id,
        )
        return cast("None", await self._caller.call(_operation.ROUTE, request))

    async def get_custom_object_record_by_external_id(
        self,
        schema_id: str,
        external_id: str,
    ) -> CustomObjectRecordEnvelope:
        """Retrieve a record by its external id

        `GET /customObjects/records/{schema_id}/external/{external_id}`

        The reference gives this path as `/records/{schemdId}/external/{externalId}`, a typo; it is
        corrected here to the path the API serves, beside the delete by external id.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            external_id: The record's external id, as set by the caller.

        """
        from . import get_custom_object_record_by_external_id as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            external_id=external_id,
        )
        return cast("CustomObjectRecordEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_custom_object_record_by_external_id(
        self,
        schema_id: str,
        external_id: str,
    ) -> None:
        """Delete a record by its external id

        `DELETE /customObjects/records/{schema_id}/external/{external_id}`

        Answers 202 with an empty body.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            external_id: The record's external id, as set by the caller.

        """
        from . import delete_custom_object_record_by_external_id as _operation

        request = _operation._get_kwargs(
            schema_id=schema_id,
            external_id=external_id,
        )
        return cast("None", await self._caller.call(_operation.ROUTE, request))
