"""The `contact_automations` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.contact_automation_create_request import ContactAutomationCreateRequest
    from ...models.contact_automation_created import ContactAutomationCreated
    from ...models.contact_automation_envelope import ContactAutomationEnvelope
    from ...models.contact_automation_list import ContactAutomationList
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_contact_automations_include_item import (
        ListContactAutomationsIncludeItem,
        check_list_contact_automations_include_item,
    )
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class ContactAutomationsOperations:
    """The `contact_automations` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_contact_automations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        include: list[ListContactAutomationsIncludeItem] | Unset = UNSET,
        filters_seriesid: str | Unset = UNSET,
        filters_subscriberid: str | Unset = UNSET,
        filters_status: str | Unset = UNSET,
        filters_adddate: str | Unset = UNSET,
        filters_lastblock: str | Unset = UNSET,
        orders_seriesid: SortDirection | Unset = UNSET,
        orders_subscriberid: SortDirection | Unset = UNSET,
        orders_status: SortDirection | Unset = UNSET,
        orders_adddate: SortDirection | Unset = UNSET,
        orders_lastblock: SortDirection | Unset = UNSET,
        q: str | Unset = UNSET,
        min_time: str | Unset = UNSET,
        max_time: str | Unset = UNSET,
    ) -> ContactAutomationList:
        """List contacts' runs through automations

        `GET /contactAutomations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            include: Related records to side-load, comma-separated: `automation`, `contact`. The answer
                then carries `automations` and `contacts` arrays beside `contactAutomations`.
            filters_seriesid: Only runs of this automation.
            filters_subscriberid: Only runs of this contact.
            filters_status: Only runs in this state (1 active, 2 completed).
            filters_adddate: Only runs that started on this date.
            filters_lastblock: Only runs whose last block is this one.
            orders_seriesid: Sort direction of an `orders[...]` parameter.
            orders_subscriberid: Sort direction of an `orders[...]` parameter.
            orders_status: Sort direction of an `orders[...]` parameter.
            orders_adddate: Sort direction of an `orders[...]` parameter.
            orders_lastblock: Sort direction of an `orders[...]` parameter.
            q: Free-text search on the contact.
            min_time: Only runs that started at or after this time.
            max_time: Only runs that started at or before this time.

        """
        from . import list_contact_automations as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            include=include,
            filters_seriesid=filters_seriesid,
            filters_subscriberid=filters_subscriberid,
            filters_status=filters_status,
            filters_adddate=filters_adddate,
            filters_lastblock=filters_lastblock,
            orders_seriesid=orders_seriesid,
            orders_subscriberid=orders_subscriberid,
            orders_status=orders_status,
            orders_adddate=orders_adddate,
            orders_lastblock=orders_lastblock,
            q=q,
            min_time=min_time,
            max_time=max_time,
        )
        return cast("ContactAutomationList", self._caller.call(_operation.ROUTE, request))

    def add_contact_to_automation(
        self,
        *,
        body: ContactAutomationCreateRequest,
    ) -> ContactAutomationCreated:
        """Add a contact to an automation

        `POST /contactAutomations`

        Args:
            body:

        """
        from . import add_contact_to_automation as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactAutomationCreated", self._caller.call(_operation.ROUTE, request))

    def get_contact_automation(
        self,
        id: str,
    ) -> ContactAutomationEnvelope:
        """Retrieve one contact's run through an automation

        `GET /contactAutomations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_automation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactAutomationEnvelope", self._caller.call(_operation.ROUTE, request))

    def remove_contact_from_automation(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Remove a contact from an automation

        `DELETE /contactAutomations/{id}`

        Ends the contact's run. A missing id is answered with 403 (not 404) and a "No Result found" message.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import remove_contact_from_automation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncContactAutomationsOperations:
    """The `contact_automations` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_contact_automations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        include: list[ListContactAutomationsIncludeItem] | Unset = UNSET,
        filters_seriesid: str | Unset = UNSET,
        filters_subscriberid: str | Unset = UNSET,
        filters_status: str | Unset = UNSET,
        filters_adddate: str | Unset = UNSET,
        filters_lastblock: str | Unset = UNSET,
        orders_seriesid: SortDirection | Unset = UNSET,
        orders_subscriberid: SortDirection | Unset = UNSET,
        orders_status: SortDirection | Unset = UNSET,
        orders_adddate: SortDirection | Unset = UNSET,
        orders_lastblock: SortDirection | Unset = UNSET,
        q: str | Unset = UNSET,
        min_time: str | Unset = UNSET,
        max_time: str | Unset = UNSET,
    ) -> ContactAutomationList:
        """List contacts' runs through automations

        `GET /contactAutomations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            include: Related records to side-load, comma-separated: `automation`, `contact`. The answer
                then carries `automations` and `contacts` arrays beside `contactAutomations`.
            filters_seriesid: Only runs of this automation.
            filters_subscriberid: Only runs of this contact.
            filters_status: Only runs in this state (1 active, 2 completed).
            filters_adddate: Only runs that started on this date.
            filters_lastblock: Only runs whose last block is this one.
            orders_seriesid: Sort direction of an `orders[...]` parameter.
            orders_subscriberid: Sort direction of an `orders[...]` parameter.
            orders_status: Sort direction of an `orders[...]` parameter.
            orders_adddate: Sort direction of an `orders[...]` parameter.
            orders_lastblock: Sort direction of an `orders[...]` parameter.
            q: Free-text search on the contact.
            min_time: Only runs that started at or after this time.
            max_time: Only runs that started at or before this time.

        """
        from . import list_contact_automations as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            include=include,
            filters_seriesid=filters_seriesid,
            filters_subscriberid=filters_subscriberid,
            filters_status=filters_status,
            filters_adddate=filters_adddate,
            filters_lastblock=filters_lastblock,
            orders_seriesid=orders_seriesid,
            orders_subscriberid=orders_subscriberid,
            orders_status=orders_status,
            orders_adddate=orders_adddate,
            orders_lastblock=orders_lastblock,
            q=q,
            min_time=min_time,
            max_time=max_time,
        )
        return cast("ContactAutomationList", await self._caller.call(_operation.ROUTE, request))

    async def add_contact_to_automation(
        self,
        *,
        body: ContactAutomationCreateRequest,
    ) -> ContactAutomationCreated:
        """Add a contact to an automation

        `POST /contactAutomations`

        Args:
            body:

        """
        from . import add_contact_to_automation as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactAutomationCreated", await self._caller.call(_operation.ROUTE, request))

    async def get_contact_automation(
        self,
        id: str,
    ) -> ContactAutomationEnvelope:
        """Retrieve one contact's run through an automation

        `GET /contactAutomations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_automation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactAutomationEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def remove_contact_from_automation(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Remove a contact from an automation

        `DELETE /contactAutomations/{id}`

        Ends the contact's run. A missing id is answered with 403 (not 404) and a "No Result found" message.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import remove_contact_from_automation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
