"""Contains endpoint functions for accessing the API"""

import datetime
from typing import Any, cast

from ...models.deal_bulk_update_request import DealBulkUpdateRequest
from ...models.deal_bulk_update_result import DealBulkUpdateResult
from ...models.deal_create_request import DealCreateRequest
from ...models.deal_detail import DealDetail
from ...models.deal_envelope import DealEnvelope
from ...models.deal_list import DealList
from ...models.deal_note_envelope import DealNoteEnvelope
from ...models.deal_note_request import DealNoteRequest
from ...models.deal_update_request import DealUpdateRequest
from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.list_deals_filters_status import ListDealsFiltersStatus, check_list_deals_filters_status
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import bulk_update_deals as _bulk_update_deals
from . import create_deal as _create_deal
from . import create_deal_note as _create_deal_note
from . import delete_deal as _delete_deal
from . import get_deal as _get_deal
from . import list_deals as _list_deals
from . import update_deal as _update_deal
from . import update_deal_note as _update_deal_note


class DealsOperations:
    """The `deals` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_deals(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_search: str | Unset = UNSET,
        filters_search_field: str | Unset = UNSET,
        filters_title: str | Unset = UNSET,
        filters_stage: str | Unset = UNSET,
        filters_group: str | Unset = UNSET,
        filters_status: ListDealsFiltersStatus | Unset = UNSET,
        filters_owner: str | Unset = UNSET,
        filters_nextdate_range: str | Unset = UNSET,
        filters_tag: str | Unset = UNSET,
        filters_tasktype: str | Unset = UNSET,
        filters_created_before: datetime.date | Unset = UNSET,
        filters_created_after: datetime.date | Unset = UNSET,
        filters_updated_before: datetime.date | Unset = UNSET,
        filters_updated_after: datetime.date | Unset = UNSET,
        filters_organization: str | Unset = UNSET,
        filters_minimum_value: int | Unset = UNSET,
        filters_maximum_value: int | Unset = UNSET,
        filters_score_greater_than: str | Unset = UNSET,
        filters_score_less_than: str | Unset = UNSET,
        filters_score: str | Unset = UNSET,
        orders_title: SortDirection | Unset = UNSET,
        orders_value: SortDirection | Unset = UNSET,
        orders_cdate: SortDirection | Unset = UNSET,
        orders_contact_name: SortDirection | Unset = UNSET,
        orders_contact_orgname: SortDirection | Unset = UNSET,
        orders_next_action: SortDirection | Unset = UNSET,
        include: str | Unset = UNSET,
    ) -> DealList:
        """List, search and filter deals

        `GET /deals`
        """
        request = _list_deals._get_kwargs(
            limit=limit,
            offset=offset,
            filters_search=filters_search,
            filters_search_field=filters_search_field,
            filters_title=filters_title,
            filters_stage=filters_stage,
            filters_group=filters_group,
            filters_status=filters_status,
            filters_owner=filters_owner,
            filters_nextdate_range=filters_nextdate_range,
            filters_tag=filters_tag,
            filters_tasktype=filters_tasktype,
            filters_created_before=filters_created_before,
            filters_created_after=filters_created_after,
            filters_updated_before=filters_updated_before,
            filters_updated_after=filters_updated_after,
            filters_organization=filters_organization,
            filters_minimum_value=filters_minimum_value,
            filters_maximum_value=filters_maximum_value,
            filters_score_greater_than=filters_score_greater_than,
            filters_score_less_than=filters_score_less_than,
            filters_score=filters_score,
            orders_title=orders_title,
            orders_value=orders_value,
            orders_cdate=orders_cdate,
            orders_contact_name=orders_contact_name,
            orders_contact_orgname=orders_contact_orgname,
            orders_next_action=orders_next_action,
            include=include,
        )
        return cast(DealList, self._caller.call(request, _list_deals._parse_response, (200,)))

    def create_deal(
        self,
        *,
        body: DealCreateRequest,
    ) -> DealEnvelope:
        """Create a deal for a contact or an account

        `POST /deals`
        """
        request = _create_deal._get_kwargs(
            body=body,
        )
        return cast(DealEnvelope, self._caller.call(request, _create_deal._parse_response, (200, 201)))

    def get_deal(
        self,
        id: str,
    ) -> DealDetail:
        """Retrieve a deal

        `GET /deals/{id}`
        """
        request = _get_deal._get_kwargs(
            id=id,
        )
        return cast(DealDetail, self._caller.call(request, _get_deal._parse_response, (200,)))

    def update_deal(
        self,
        id: str,
        *,
        body: DealUpdateRequest,
    ) -> DealEnvelope:
        """Update a deal's attributes, stage, owner or custom field values

        `PUT /deals/{id}`
        """
        request = _update_deal._get_kwargs(
            id=id,
            body=body,
        )
        return cast(DealEnvelope, self._caller.call(request, _update_deal._parse_response, (200,)))

    def delete_deal(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a deal

        `DELETE /deals/{id}`
        """
        request = _delete_deal._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_deal._parse_response, (200,)))

    def create_deal_note(
        self,
        id: str,
        *,
        body: DealNoteRequest,
    ) -> DealNoteEnvelope:
        """Add a note to a deal

        `POST /deals/{id}/notes`
        """
        request = _create_deal_note._get_kwargs(
            id=id,
            body=body,
        )
        return cast(DealNoteEnvelope, self._caller.call(request, _create_deal_note._parse_response, (200, 201)))

    def update_deal_note(
        self,
        id: str,
        note_id: str,
        *,
        body: DealNoteRequest,
    ) -> DealNoteEnvelope:
        """Change the text of a deal's note

        `PUT /deals/{id}/notes/{note_id}`
        """
        request = _update_deal_note._get_kwargs(
            id=id,
            note_id=note_id,
            body=body,
        )
        return cast(DealNoteEnvelope, self._caller.call(request, _update_deal_note._parse_response, (200,)))

    def bulk_update_deals(
        self,
        *,
        body: DealBulkUpdateRequest,
    ) -> DealBulkUpdateResult:
        """Change the owner of several deals at once

        `PATCH /deals/bulkUpdate`
        """
        request = _bulk_update_deals._get_kwargs(
            body=body,
        )
        return cast(DealBulkUpdateResult, self._caller.call(request, _bulk_update_deals._parse_response, (200,)))


class AsyncDealsOperations:
    """The `deals` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_deals(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_search: str | Unset = UNSET,
        filters_search_field: str | Unset = UNSET,
        filters_title: str | Unset = UNSET,
        filters_stage: str | Unset = UNSET,
        filters_group: str | Unset = UNSET,
        filters_status: ListDealsFiltersStatus | Unset = UNSET,
        filters_owner: str | Unset = UNSET,
        filters_nextdate_range: str | Unset = UNSET,
        filters_tag: str | Unset = UNSET,
        filters_tasktype: str | Unset = UNSET,
        filters_created_before: datetime.date | Unset = UNSET,
        filters_created_after: datetime.date | Unset = UNSET,
        filters_updated_before: datetime.date | Unset = UNSET,
        filters_updated_after: datetime.date | Unset = UNSET,
        filters_organization: str | Unset = UNSET,
        filters_minimum_value: int | Unset = UNSET,
        filters_maximum_value: int | Unset = UNSET,
        filters_score_greater_than: str | Unset = UNSET,
        filters_score_less_than: str | Unset = UNSET,
        filters_score: str | Unset = UNSET,
        orders_title: SortDirection | Unset = UNSET,
        orders_value: SortDirection | Unset = UNSET,
        orders_cdate: SortDirection | Unset = UNSET,
        orders_contact_name: SortDirection | Unset = UNSET,
        orders_contact_orgname: SortDirection | Unset = UNSET,
        orders_next_action: SortDirection | Unset = UNSET,
        include: str | Unset = UNSET,
    ) -> DealList:
        """List, search and filter deals

        `GET /deals`
        """
        request = _list_deals._get_kwargs(
            limit=limit,
            offset=offset,
            filters_search=filters_search,
            filters_search_field=filters_search_field,
            filters_title=filters_title,
            filters_stage=filters_stage,
            filters_group=filters_group,
            filters_status=filters_status,
            filters_owner=filters_owner,
            filters_nextdate_range=filters_nextdate_range,
            filters_tag=filters_tag,
            filters_tasktype=filters_tasktype,
            filters_created_before=filters_created_before,
            filters_created_after=filters_created_after,
            filters_updated_before=filters_updated_before,
            filters_updated_after=filters_updated_after,
            filters_organization=filters_organization,
            filters_minimum_value=filters_minimum_value,
            filters_maximum_value=filters_maximum_value,
            filters_score_greater_than=filters_score_greater_than,
            filters_score_less_than=filters_score_less_than,
            filters_score=filters_score,
            orders_title=orders_title,
            orders_value=orders_value,
            orders_cdate=orders_cdate,
            orders_contact_name=orders_contact_name,
            orders_contact_orgname=orders_contact_orgname,
            orders_next_action=orders_next_action,
            include=include,
        )
        return cast(DealList, await self._caller.call(request, _list_deals._parse_response, (200,)))

    async def create_deal(
        self,
        *,
        body: DealCreateRequest,
    ) -> DealEnvelope:
        """Create a deal for a contact or an account

        `POST /deals`
        """
        request = _create_deal._get_kwargs(
            body=body,
        )
        return cast(DealEnvelope, await self._caller.call(request, _create_deal._parse_response, (200, 201)))

    async def get_deal(
        self,
        id: str,
    ) -> DealDetail:
        """Retrieve a deal

        `GET /deals/{id}`
        """
        request = _get_deal._get_kwargs(
            id=id,
        )
        return cast(DealDetail, await self._caller.call(request, _get_deal._parse_response, (200,)))

    async def update_deal(
        self,
        id: str,
        *,
        body: DealUpdateRequest,
    ) -> DealEnvelope:
        """Update a deal's attributes, stage, owner or custom field values

        `PUT /deals/{id}`
        """
        request = _update_deal._get_kwargs(
            id=id,
            body=body,
        )
        return cast(DealEnvelope, await self._caller.call(request, _update_deal._parse_response, (200,)))

    async def delete_deal(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a deal

        `DELETE /deals/{id}`
        """
        request = _delete_deal._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_deal._parse_response, (200,)))

    async def create_deal_note(
        self,
        id: str,
        *,
        body: DealNoteRequest,
    ) -> DealNoteEnvelope:
        """Add a note to a deal

        `POST /deals/{id}/notes`
        """
        request = _create_deal_note._get_kwargs(
            id=id,
            body=body,
        )
        return cast(DealNoteEnvelope, await self._caller.call(request, _create_deal_note._parse_response, (200, 201)))

    async def update_deal_note(
        self,
        id: str,
        note_id: str,
        *,
        body: DealNoteRequest,
    ) -> DealNoteEnvelope:
        """Change the text of a deal's note

        `PUT /deals/{id}/notes/{note_id}`
        """
        request = _update_deal_note._get_kwargs(
            id=id,
            note_id=note_id,
            body=body,
        )
        return cast(DealNoteEnvelope, await self._caller.call(request, _update_deal_note._parse_response, (200,)))

    async def bulk_update_deals(
        self,
        *,
        body: DealBulkUpdateRequest,
    ) -> DealBulkUpdateResult:
        """Change the owner of several deals at once

        `PATCH /deals/bulkUpdate`
        """
        request = _bulk_update_deals._get_kwargs(
            body=body,
        )
        return cast(DealBulkUpdateResult, await self._caller.call(request, _bulk_update_deals._parse_response, (200,)))
