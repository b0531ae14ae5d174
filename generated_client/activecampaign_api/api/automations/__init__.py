"""The `automations` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.automation_block_list import AutomationBlockList
    from ...models.automation_list import AutomationList
    from ...models.automation_lookup import AutomationLookup
    from ...models.error_response import ErrorResponse
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class AutomationsOperations:
    """The `automations` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_automations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_status: str | Unset = UNSET,
        filters_ids: str | Unset = UNSET,
        filters_tag: str | Unset = UNSET,
        filters_triggers: str | Unset = UNSET,
        filters_actions: str | Unset = UNSET,
        filters_label_name: str | Unset = UNSET,
        orders_name: SortDirection | Unset = UNSET,
        orders_status: SortDirection | Unset = UNSET,
        orders_cdate: SortDirection | Unset = UNSET,
        orders_mdate: SortDirection | Unset = UNSET,
        label: str | Unset = UNSET,
        search: str | Unset = UNSET,
        active: str | Unset = UNSET,
    ) -> AutomationList:
        """List automations with their entry and exit counts

        `GET /automations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Only automations whose name contains this text.
            filters_status: Only automations in this state (1 active, 2 inactive).
            filters_ids: Only these automations, comma-separated ids.
            filters_tag: Only automations with this tag id.
            filters_triggers: Only automations started by this kind of trigger.
            filters_actions: Only automations that contain this kind of action.
            filters_label_name: Only automations with this label.
            orders_name: Sort direction of an `orders[...]` parameter.
            orders_status: Sort direction of an `orders[...]` parameter.
            orders_cdate: Sort direction of an `orders[...]` parameter.
            orders_mdate: Sort direction of an `orders[...]` parameter.
            label: Only automations with this label id.
            search: Free-text search on the name.
            active: Only active (1) or inactive (0) automations.

        """
        from . import list_automations as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_status=filters_status,
            filters_ids=filters_ids,
            filters_tag=filters_tag,
            filters_triggers=filters_triggers,
            filters_actions=filters_actions,
            filters_label_name=filters_label_name,
            orders_name=orders_name,
            orders_status=orders_status,
            orders_cdate=orders_cdate,
            orders_mdate=orders_mdate,
            label=label,
            search=search,
            active=active,
        )
        return cast("AutomationList", self._caller.call(_operation.ROUTE, request))

    def get_automation(
        self,
        id: str,
    ) -> AutomationLookup:
        """Retrieve an automation

        `GET /automations/{id}`

        The only published example of this call answers with an `automations` array (like the list call)
        rather than a single `automation` object, so both members are declared and either may be present.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_automation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AutomationLookup", self._caller.call(_operation.ROUTE, request))

    def list_automation_blocks(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> AutomationBlockList:
        """List the blocks (steps) of every automation

        `GET /automationBlocks`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `automation_blocks`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_automation_blocks as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("AutomationBlockList", self._caller.call(_operation.ROUTE, request))


class AsyncAutomationsOperations:
    """The `automations` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_automations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_status: str | Unset = UNSET,
        filters_ids: str | Unset = UNSET,
        filters_tag: str | Unset = UNSET,
        filters_triggers: str | Unset = UNSET,
        filters_actions: str | Unset = UNSET,
        filters_label_name: str | Unset = UNSET,
        orders_name: SortDirection | Unset = UNSET,
        orders_status: SortDirection | Unset = UNSET,
        orders_cdate: SortDirection | Unset = UNSET,
        orders_mdate: SortDirection | Unset = UNSET,
        label: str | Unset = UNSET,
        search: str | Unset = UNSET,
        active: str | Unset = UNSET,
    ) -> AutomationList:
        """List automations with their entry and exit counts

        `GET /automations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Only automations whose name contains this text.
            filters_status: Only automations in this state (1 active, 2 inactive).
            filters_ids: Only these automations, comma-separated ids.
            filters_tag: Only automations with this tag id.
            filters_triggers: Only automations started by this kind of trigger.
            filters_actions: Only automations that contain this kind of action.
            filters_label_name: Only automations with this label.
            orders_name: Sort direction of an `orders[...]` parameter.
            orders_status: Sort direction of an `orders[...]` parameter.
            orders_cdate: Sort direction of an `orders[...]` parameter.
            orders_mdate: Sort direction of an `orders[...]` parameter.
            label: Only automations with this label id.
            search: Free-text search on the name.
            active: Only active (1) or inactive (0) automations.

        """
        from . import list_automations as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_status=filters_status,
            filters_ids=filters_ids,
            filters_tag=filters_tag,
            filters_triggers=filters_triggers,
            filters_actions=filters_actions,
            filters_label_name=filters_label_name,
            orders_name=orders_name,
            orders_status=orders_status,
            orders_cdate=orders_cdate,
            orders_mdate=orders_mdate,
            label=label,
            search=search,
            active=active,
        )
        return cast("AutomationList", await self._caller.call(_operation.ROUTE, request))

    async def get_automation(
        self,
        id: str,
    ) -> AutomationLookup:
        """Retrieve an automation

        `GET /automations/{id}`

        The only published example of this call answers with an `automations` array (like the list call)
        rather than a single `automation` object, so both members are declared and either may be present.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_automation as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("AutomationLookup", await self._caller.call(_operation.ROUTE, request))

    async def list_automation_blocks(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> AutomationBlockList:
        """List the blocks (steps) of every automation

        `GET /automationBlocks`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `automation_blocks`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_automation_blocks as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("AutomationBlockList", await self._caller.call(_operation.ROUTE, request))
