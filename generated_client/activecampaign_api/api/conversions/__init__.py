"""The `conversions` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.contact_conversion_list import ContactConversionList
    from ...models.conversion_list import ConversionList
    from ...models.conversion_trigger_list import ConversionTriggerList
    from ...models.error_response import ErrorResponse
    from ...models.goal_list import GoalList
    from .. import AsyncCaller, Caller


class ConversionsOperations:
    """The `conversions` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_conversions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ConversionList:
        """List conversions (the results automations count as goals met)

        `GET /conversions`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `conversions`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_conversions as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ConversionList", self._caller.call(_operation.ROUTE, request))

    def list_conversion_triggers(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ConversionTriggerList:
        """List what triggers each conversion

        `GET /conversionTriggers`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `conversion_triggers`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_conversion_triggers as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ConversionTriggerList", self._caller.call(_operation.ROUTE, request))

    def list_contact_conversions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactConversionList:
        """List the conversions contacts made

        `GET /contactConversions`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_conversions`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_contact_conversions as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactConversionList", self._caller.call(_operation.ROUTE, request))

    def list_goals(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> GoalList:
        """List the goals of every automation

        `GET /goals`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `goals`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_goals as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("GoalList", self._caller.call(_operation.ROUTE, request))


class AsyncConversionsOperations:
    """The `conversions` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_conversions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ConversionList:
        """List conversions (the results automations count as goals met)

        `GET /conversions`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `conversions`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_conversions as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ConversionList", await self._caller.call(_operation.ROUTE, request))

    async def list_conversion_triggers(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ConversionTriggerList:
        """List what triggers each conversion

        `GET /conversionTriggers`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `conversion_triggers`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_conversion_triggers as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ConversionTriggerList", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_conversions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactConversionList:
        """List the conversions contacts made

        `GET /contactConversions`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_conversions`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_contact_conversions as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactConversionList", await self._caller.call(_operation.ROUTE, request))

    async def list_goals(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> GoalList:
        """List the goals of every automation

        `GET /goals`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `goals`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_goals as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("GoalList", await self._caller.call(_operation.ROUTE, request))
