"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.automation_list import AutomationList
from ...models.automation_lookup import AutomationLookup
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import get_automation as _get_automation
from . import list_automations as _list_automations


class AutomationsOperations:
    """The `automations` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_automations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> AutomationList:
        """List automations with their entry and exit counts

        `GET /automations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_automations._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(AutomationList, self._caller.call(request, _list_automations._parse_response, (200,)))

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
        request = _get_automation._get_kwargs(
            id=id,
        )
        return cast(AutomationLookup, self._caller.call(request, _get_automation._parse_response, (200,)))


class AsyncAutomationsOperations:
    """The `automations` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_automations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> AutomationList:
        """List automations with their entry and exit counts

        `GET /automations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_automations._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(AutomationList, await self._caller.call(request, _list_automations._parse_response, (200,)))

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
        request = _get_automation._get_kwargs(
            id=id,
        )
        return cast(AutomationLookup, await self._caller.call(request, _get_automation._parse_response, (200,)))
