"""The `deals` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

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
    from ...models.list_deals_include_item import ListDealsIncludeItem, check_list_deals_include_item
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


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
        include: list[ListDealsIncludeItem] | Unset = UNSET,
    ) -> DealList:
        """List, search and filter deals

        `GET /deals`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_search: Text to look for in the field named by `filters[search_field]`.
            filters_search_field: Field that `filters[search]` looks in, for example `title`, `contact`,
                `org` or `all`.
            filters_title: Keep deals with this title.
            filters_stage: Keep deals in this stage (id).
            filters_group: Keep deals in this pipeline (id).
            filters_status: Keep deals with this status (0 open, 1 won, 2 lost).
            filters_owner: Keep deals owned by this user (id).
            filters_nextdate_range: Keep deals by the due date of their next task, for example
                `upcoming`, `scheduled`, `overdue` or `no-task`.
            filters_tag: Keep deals whose primary contact carries this tag name.
            filters_tasktype: Keep deals having tasks of this type.
            filters_created_before: Keep deals created before this date (YYYY-MM-DD).
            filters_created_after: Keep deals created on or after this date (YYYY-MM-DD).
            filters_updated_before: Keep deals updated before this date (YYYY-MM-DD).
            filters_updated_after: Keep deals updated on or after this date (YYYY-MM-DD).
            filters_organization: Keep deals whose primary contact belongs to this account (id).
            filters_minimum_value: Keep deals worth at least this much, in whole currency units
                (dollars, not cents).
            filters_maximum_value: Keep deals worth at most this much, in whole currency units (dollars,
                not cents).
            filters_score_greater_than: Keep deals whose score is above a value, written
                `<scoreId>:<value>`.
            filters_score_less_than: Keep deals whose score is below a value, written
                `<scoreId>:<value>`.
            filters_score: Keep deals whose score equals a value, written `<scoreId>:<value>`.
            orders_title: Sort direction of an `orders[...]` parameter.
            orders_value: Sort direction of an `orders[...]` parameter.
            orders_cdate: Sort direction of an `orders[...]` parameter.
            orders_contact_name: Sort direction of an `orders[...]` parameter.
            orders_contact_orgname: Sort direction of an `orders[...]` parameter.
            orders_next_action: Sort direction of an `orders[...]` parameter.
            include: Related records to side-load, comma-separated: `contact`, `stage`, `group`,
                `owner`. The answer then carries `contacts`, `dealStages`, `dealGroups` and `users` arrays
                beside `deals`.

        """
        from . import list_deals as _operation

        request = _operation._get_kwargs(
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
        return cast("DealList", self._caller.call(_operation.ROUTE, request))

    def create_deal(
        self,
        *,
        body: DealCreateRequest,
    ) -> DealEnvelope:
        """Create a deal for a contact or an account

        `POST /deals`

        Give at least a contact or an account, and a pipeline (`group`) or a stage. Without a stage the deal
        lands in the pipeline's first stage. `value` is in cents.

        Args:
            body:

        """
        from . import create_deal as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_deal(
        self,
        id: str,
    ) -> DealDetail:
        """Retrieve a deal

        `GET /deals/{id}`

        Without permission on the deal's pipeline only `id`, `title` and `isDisabled: true` come back.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_deal as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealDetail", self._caller.call(_operation.ROUTE, request))

    def update_deal(
        self,
        id: str,
        *,
        body: DealUpdateRequest,
    ) -> DealEnvelope:
        """Update a deal's attributes, stage, owner or custom field values

        `PUT /deals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_deal as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_deal(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a deal

        `DELETE /deals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def create_deal_note(
        self,
        id: str,
        *,
        body: DealNoteRequest,
    ) -> DealNoteEnvelope:
        """Add a note to a deal

        `POST /deals/{id}/notes`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import create_deal_note as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealNoteEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_deal_note(
        self,
        id: str,
        note_id: str,
        *,
        body: DealNoteRequest,
    ) -> DealNoteEnvelope:
        """Change the text of a deal's note

        `PUT /deals/{id}/notes/{note_id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            note_id: Id of the note.
            body:

        """
        from . import update_deal_note as _operation

        request = _operation._get_kwargs(
            id=id,
            note_id=note_id,
            body=body,
        )
        return cast("DealNoteEnvelope", self._caller.call(_operation.ROUTE, request))

    def bulk_update_deals(
        self,
        *,
        body: DealBulkUpdateRequest,
    ) -> DealBulkUpdateResult:
        """Change the owner of several deals at once

        `PATCH /deals/bulkUpdate`

        Each entry names a deal and its new owner. The answer sorts the deal ids into changed (`success`),
        already owned by that user (`nochange`) and `failed`. A missing `ownerId` or an unknown owner fails
        the whole call with 422.

        Args:
            body:

        """
        from . import bulk_update_deals as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealBulkUpdateResult", self._caller.call(_operation.ROUTE, request))


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
        include: list[ListDealsIncludeItem] | Unset = UNSET,
    ) -> DealList:
        """List, search and filter deals

        `GET /deals`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_search: Text to look for in the field named by `filters[search_field]`.
            filters_search_field: Field that `filters[search]` looks in, for example `title`, `contact`,
                `org` or `all`.
            filters_title: Keep deals with this title.
            filters_stage: Keep deals in this stage (id).
            filters_group: Keep deals in this pipeline (id).
            filters_status: Keep deals with this status (0 open, 1 won, 2 lost).
            filters_owner: Keep deals owned by this user (id).
            filters_nextdate_range: Keep deals by the due date of their next task, for example
                `upcoming`, `scheduled`, `overdue` or `no-task`.
            filters_tag: Keep deals whose primary contact carries this tag name.
            filters_tasktype: Keep deals having tasks of this type.
            filters_created_before: Keep deals created before this date (YYYY-MM-DD).
            filters_created_after: Keep deals created on or after this date (YYYY-MM-DD).
            filters_updated_before: Keep deals updated before this date (YYYY-MM-DD).
            filters_updated_after: Keep deals updated on or after this date (YYYY-MM-DD).
            filters_organization: Keep deals whose primary contact belongs to this account (id).
            filters_minimum_value: Keep deals worth at least this much, in whole currency units
                (dollars, not cents).
            filters_maximum_value: Keep deals worth at most this much, in whole currency units (dollars,
                not cents).
            filters_score_greater_than: Keep deals whose score is above a value, written
                `<scoreId>:<value>`.
            filters_score_less_than: Keep deals whose score is below a value, written
                `<scoreId>:<value>`.
            filters_score: Keep deals whose score equals a value, written `<scoreId>:<value>`.
            orders_title: Sort direction of an `orders[...]` parameter.
            orders_value: Sort direction of an `orders[...]` parameter.
            orders_cdate: Sort direction of an `orders[...]` parameter.
            orders_contact_name: Sort direction of an `orders[...]` parameter.
            orders_contact_orgname: Sort direction of an `orders[...]` parameter.
            orders_next_action: Sort direction of an `orders[...]` parameter.
            include: Related records to side-load, comma-separated: `contact`, `stage`, `group`,
                `owner`. The answer then carries `contacts`, `dealStages`, `dealGroups` and `users` arrays
                beside `deals`.

        """
        from . import list_deals as _operation

        request = _operation._get_kwargs(
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
        return cast("DealList", await self._caller.call(_operation.ROUTE, request))

    async def create_deal(
        self,
        *,
        body: DealCreateRequest,
    ) -> DealEnvelope:
        """Create a deal for a contact or an account

        `POST /deals`

        Give at least a contact or an account, and a pipeline (`group`) or a stage. Without a stage the deal
        lands in the pipeline's first stage. `value` is in cents.

        Args:
            body:

        """
        from . import create_deal as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_deal(
        self,
        id: str,
    ) -> DealDetail:
        """Retrieve a deal

        `GET /deals/{id}`

        Without permission on the deal's pipeline only `id`, `title` and `isDisabled: true` come back.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_deal as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("DealDetail", await self._caller.call(_operation.ROUTE, request))

    async def update_deal(
        self,
        id: str,
        *,
        body: DealUpdateRequest,
    ) -> DealEnvelope:
        """Update a deal's attributes, stage, owner or custom field values

        `PUT /deals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_deal as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_deal(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a deal

        `DELETE /deals/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_deal as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def create_deal_note(
        self,
        id: str,
        *,
        body: DealNoteRequest,
    ) -> DealNoteEnvelope:
        """Add a note to a deal

        `POST /deals/{id}/notes`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import create_deal_note as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("DealNoteEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_deal_note(
        self,
        id: str,
        note_id: str,
        *,
        body: DealNoteRequest,
    ) -> DealNoteEnvelope:
        """Change the text of a deal's note

        `PUT /deals/{id}/notes/{note_id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            note_id: Id of the note.
            body:

        """
        from . import update_deal_note as _operation

        request = _operation._get_kwargs(
            id=id,
            note_id=note_id,
            body=body,
        )
        return cast("DealNoteEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def bulk_update_deals(
        self,
        *,
        body: DealBulkUpdateRequest,
    ) -> DealBulkUpdateResult:
        """Change the owner of several deals at once

        `PATCH /deals/bulkUpdate`

        Each entry names a deal and its new owner. The answer sorts the deal ids into changed (`success`),
        already owned by that user (`nochange`) and `failed`. A missing `ownerId` or an unknown owner fails
        the whole call with 422.

        Args:
            body:

        """
        from . import bulk_update_deals as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("DealBulkUpdateResult", await self._caller.call(_operation.ROUTE, request))
