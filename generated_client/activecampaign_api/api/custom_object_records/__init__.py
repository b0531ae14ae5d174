"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.custom_object_record_envelope import CustomObjectRecordEnvelope
from ...models.custom_object_record_list import CustomObjectRecordList
from ...models.custom_object_record_write_request import CustomObjectRecordWriteRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import delete_custom_object_record as _delete_custom_object_record
from . import delete_custom_object_record_by_external_id as _delete_custom_object_record_by_external_id
from . import get_custom_object_record as _get_custom_object_record
from . import get_custom_object_record_by_external_id as _get_custom_object_record_by_external_id
from . import list_custom_object_records as _list_custom_object_records
from . import upsert_custom_object_record as _upsert_custom_object_record


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
        request = _list_custom_object_records._get_kwargs(
            schema_id=schema_id,
            limit=limit,
            offset=offset,
            filters_relationships_primary_contact_eq=filters_relationships_primary_contact_eq,
            filters_relationships_account_eq=filters_relationships_account_eq,
            filters_relationships_deal_eq=filters_relationships_deal_eq,
            filters_created_timestamp_gt=filters_created_timestamp_gt,
            filters_updated_timestamp_gt=filters_updated_timestamp_gt,
        )
        return cast(
            CustomObjectRecordList, self._caller.call(request, _list_custom_object_records._parse_response, (200,))
        )

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
        request = _upsert_custom_object_record._get_kwargs(
            schema_id=schema_id,
            body=body,
        )
        return cast(
            CustomObjectRecordEnvelope,
            self._caller.call(request, _upsert_custom_object_record._parse_response, (200, 201)),
        )

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
        request = _get_custom_object_record._get_kwargs(
            schema_id=schema_id,
            record_id=record_id,
        )
        return cast(
            CustomObjectRecordEnvelope, self._caller.call(request, _get_custom_object_record._parse_response, (200,))
        )

    def delete_custom_object_record(
        self,
        schema_id: str,
        record_id: str,
    ) -> Any:
        """Delete a record by its id

        `DELETE /customObjects/records/{schema_id}/{record_id}`

        Answers 202 with an empty body.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            record_id: Id (a UUID) of the record.

        """
        request = _delete_custom_object_record._get_kwargs(
            schema_id=schema_id,
            record_id=record_id,
        )
        return cast(Any, self._caller.call(request, _delete_custom_object_record._parse_response, (202,)))

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
        request = _get_custom_object_record_by_external_id._get_kwargs(
            schema_id=schema_id,
            external_id=external_id,
        )
        return cast(
            CustomObjectRecordEnvelope,
            self._caller.call(request, _get_custom_object_record_by_external_id._parse_response, (200,)),
        )

    def delete_custom_object_record_by_external_id(
        self,
        schema_id: str,
        external_id: str,
    ) -> Any:
        """Delete a record by its external id

        `DELETE /customObjects/records/{schema_id}/external/{external_id}`

        Answers 202 with an empty body.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            external_id: The record's external id, as set by the caller.

        """
        request = _delete_custom_object_record_by_external_id._get_kwargs(
            schema_id=schema_id,
            external_id=external_id,
        )
        return cast(
            Any, self._caller.call(request, _delete_custom_object_record_by_external_id._parse_response, (202,))
        )


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
        request = _list_custom_object_records._get_kwargs(
            schema_id=schema_id,
            limit=limit,
            offset=offset,
            filters_relationships_primary_contact_eq=filters_relationships_primary_contact_eq,
            filters_relationships_account_eq=filters_relationships_account_eq,
            filters_relationships_deal_eq=filters_relationships_deal_eq,
            filters_created_timestamp_gt=filters_created_timestamp_gt,
            filters_updated_timestamp_gt=filters_updated_timestamp_gt,
        )
        return cast(
            CustomObjectRecordList,
            await self._caller.call(request, _list_custom_object_records._parse_response, (200,)),
        )

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
        request = _upsert_custom_object_record._get_kwargs(
            schema_id=schema_id,
            body=body,
        )
        return cast(
            CustomObjectRecordEnvelope,
            await self._caller.call(request, _upsert_custom_object_record._parse_response, (200, 201)),
        )

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
        request = _get_custom_object_record._get_kwargs(
            schema_id=schema_id,
            record_id=record_id,
        )
        return cast(
            CustomObjectRecordEnvelope,
            await self._caller.call(request, _get_custom_object_record._parse_response, (200,)),
        )

    async def delete_custom_object_record(
        self,
        schema_id: str,
        record_id: str,
    ) -> Any:
        """Delete a record by its id

        `DELETE /customObjects/records/{schema_id}/{record_id}`

        Answers 202 with an empty body.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            record_id: Id (a UUID) of the record.

        """
        request = _delete_custom_object_record._get_kwargs(
            schema_id=schema_id,
            record_id=record_id,
        )
        return cast(Any, await self._caller.call(request, _delete_custom_object_record._parse_response, (202,)))

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
        request = _get_custom_object_record_by_external_id._get_kwargs(
            schema_id=schema_id,
            external_id=external_id,
        )
        return cast(
            CustomObjectRecordEnvelope,
            await self._caller.call(request, _get_custom_object_record_by_external_id._parse_response, (200,)),
        )

    async def delete_custom_object_record_by_external_id(
        self,
        schema_id: str,
        external_id: str,
    ) -> Any:
        """Delete a record by its external id

        `DELETE /customObjects/records/{schema_id}/external/{external_id}`

        Answers 202 with an empty body.

        Args:
            schema_id: Id (a UUID) of the schema the records belong to.
            external_id: The record's external id, as set by the caller.

        """
        request = _delete_custom_object_record_by_external_id._get_kwargs(
            schema_id=schema_id,
            external_id=external_id,
        )
        return cast(
            Any, await self._caller.call(request, _delete_custom_object_record_by_external_id._parse_response, (202,))
        )
