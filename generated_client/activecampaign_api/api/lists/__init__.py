"""The `lists` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_exclusion import ListExclusion
    from ...models.list_exclusion_list import ListExclusionList
    from ...models.list_exclusion_update_request import ListExclusionUpdateRequest
    from ...models.list_lists_orders_name import ListListsOrdersName, check_list_lists_orders_name
    from ...models.mailing_list_create_request import MailingListCreateRequest
    from ...models.mailing_list_envelope import MailingListEnvelope
    from ...models.mailing_list_list import MailingListList
    from ...models.mailing_list_update_request import MailingListUpdateRequest
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class ListsOperations:
    """The `lists` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_name_eq: str | Unset = UNSET,
        filters_name_neq: str | Unset = UNSET,
        filters_name_lt: str | Unset = UNSET,
        filters_name_lte: str | Unset = UNSET,
        filters_name_gt: str | Unset = UNSET,
        filters_name_gte: str | Unset = UNSET,
        filters_name_contains: str | Unset = UNSET,
        filters_name_starts_with: str | Unset = UNSET,
        orders_name: ListListsOrdersName | Unset = UNSET,
        filters_id: str | Unset = UNSET,
        filters_channel: str | Unset = UNSET,
        filters_userid: str | Unset = UNSET,
        filters_created_timestamp: str | Unset = UNSET,
        filters_active_subscribers: str | Unset = UNSET,
        orders_id: SortDirection | Unset = UNSET,
        orders_channel: SortDirection | Unset = UNSET,
        orders_userid: SortDirection | Unset = UNSET,
        orders_created_timestamp: SortDirection | Unset = UNSET,
        orders_active_subscribers: SortDirection | Unset = UNSET,
    ) -> MailingListList:
        """List mailing lists, optionally filtered by name

        `GET /lists`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Keep lists whose name contains this text.
            filters_name_eq: Keep lists whose name equals this text.
            filters_name_neq: Keep lists whose name differs from this text.
            filters_name_lt: Keep lists whose name sorts before this text.
            filters_name_lte: Keep lists whose name sorts before or equal to this text.
            filters_name_gt: Keep lists whose name sorts after this text.
            filters_name_gte: Keep lists whose name sorts after or equal to this text.
            filters_name_contains: Keep lists whose name contains this text.
            filters_name_starts_with: Keep lists whose name starts with this text.
            orders_name: Order of filtered results. `weight` puts exact matches first, then names
                starting with the filter, then the rest.
            filters_id: Only these lists, comma-separated ids.
            filters_channel: Only lists of this channel (`email` or `sms`).
            filters_userid: Only lists owned by this user.
            filters_created_timestamp: Only lists created on this date.
            filters_active_subscribers: Only lists with this many active subscribers.
            orders_id: Sort direction of an `orders[...]` parameter.
            orders_channel: Sort direction of an `orders[...]` parameter.
            orders_userid: Sort direction of an `orders[...]` parameter.
            orders_created_timestamp: Sort direction of an `orders[...]` parameter.
            orders_active_subscribers: Sort direction of an `orders[...]` parameter.

        """
        from . import list_lists as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_name_eq=filters_name_eq,
            filters_name_neq=filters_name_neq,
            filters_name_lt=filters_name_lt,
            filters_name_lte=filters_name_lte,
            filters_name_gt=filters_name_gt,
            filters_name_gte=filters_name_gte,
            filters_name_contains=filters_name_contains,
            filters_name_starts_with=filters_name_starts_with,
            orders_name=orders_name,
            filters_id=filters_id,
            filters_channel=filters_channel,
            filters_userid=filters_userid,
            filters_created_timestamp=filters_created_timestamp,
            filters_active_subscribers=filters_active_subscribers,
            orders_id=orders_id,
            orders_channel=orders_channel,
            orders_userid=orders_userid,
            orders_created_timestamp=orders_created_timestamp,
            orders_active_subscribers=orders_active_subscribers,
        )
        return cast("MailingListList", self._caller.call(_operation.ROUTE, request))

    def create_list(
        self,
        *,
        body: MailingListCreateRequest,
    ) -> MailingListEnvelope:
        """Create a mailing list

        `POST /lists`

        Args:
            body:

        """
        from . import create_list as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("MailingListEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_list(
        self,
        id: str,
    ) -> MailingListEnvelope:
        """Retrieve a mailing list

        `GET /lists/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_list as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("MailingListEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_list(
        self,
        id: str,
        *,
        body: MailingListUpdateRequest,
    ) -> MailingListEnvelope:
        """Update a mailing list

        `PUT /lists/{id}`

        Not in the public reference (x-undocumented); served by the API and used by existing clients. Takes
        the same attributes as creation, all optional.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_list as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("MailingListEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_list(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a mailing list

        `DELETE /lists/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_list as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def list_list_exclusions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_match_phrase: str | Unset = UNSET,
        filters_lists: list[str] | Unset = UNSET,
        orders_match_phrase: SortDirection | Unset = UNSET,
        orders_lists: SortDirection | Unset = UNSET,
    ) -> ListExclusionList:
        """List exclusion patterns, filtered by phrase or list

        `GET /lists/exclusions`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_match_phrase: Keep exclusions whose pattern contains this text, for example `.com`.
            filters_lists: Keep exclusions applying to these lists (repeat the parameter per list id).
            orders_match_phrase: Sort direction of an `orders[...]` parameter.
            orders_lists: Sort direction of an `orders[...]` parameter.

        """
        from . import list_list_exclusions as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_match_phrase=filters_match_phrase,
            filters_lists=filters_lists,
            orders_match_phrase=orders_match_phrase,
            orders_lists=orders_lists,
        )
        return cast("ListExclusionList", self._caller.call(_operation.ROUTE, request))

    def get_list_exclusion(
        self,
        id: str,
    ) -> ListExclusion:
        """Retrieve an exclusion pattern

        `GET /lists/exclusions/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_list_exclusion as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ListExclusion", self._caller.call(_operation.ROUTE, request))

    def update_list_exclusion(
        self,
        id: str,
        *,
        body: ListExclusionUpdateRequest,
    ) -> ListExclusion:
        """Change which channel or lists an exclusion applies to

        `PUT /lists/exclusions/{id}`

        `lists` is only allowed with channel `several`; sending it with another channel is refused with 422.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body: The exclusion's new scope. Not wrapped.

        """
        from . import update_list_exclusion as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("ListExclusion", self._caller.call(_operation.ROUTE, request))


class AsyncListsOperations:
    """The `lists` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_name_eq: str | Unset = UNSET,
        filters_name_neq: str | Unset = UNSET,
        filters_name_lt: str | Unset = UNSET,
        filters_name_lte: str | Unset = UNSET,
        filters_name_gt: str | Unset = UNSET,
        filters_name_gte: str | Unset = UNSET,
        filters_name_contains: str | Unset = UNSET,
        filters_name_starts_with: str | Unset = UNSET,
        orders_name: ListListsOrdersName | Unset = UNSET,
        filters_id: str | Unset = UNSET,
        filters_channel: str | Unset = UNSET,
        filters_userid: str | Unset = UNSET,
        filters_created_timestamp: str | Unset = UNSET,
        filters_active_subscribers: str | Unset = UNSET,
        orders_id: SortDirection | Unset = UNSET,
        orders_channel: SortDirection | Unset = UNSET,
        orders_userid: SortDirection | Unset = UNSET,
        orders_created_timestamp: SortDirection | Unset = UNSET,
        orders_active_subscribers: SortDirection | Unset = UNSET,
    ) -> MailingListList:
        """List mailing lists, optionally filtered by name

        `GET /lists`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Keep lists whose name contains this text.
            filters_name_eq: Keep lists whose name equals this text.
            filters_name_neq: Keep lists whose name differs from this text.
            filters_name_lt: Keep lists whose name sorts before this text.
            filters_name_lte: Keep lists whose name sorts before or equal to this text.
            filters_name_gt: Keep lists whose name sorts after this text.
            filters_name_gte: Keep lists whose name sorts after or equal to this text.
            filters_name_contains: Keep lists whose name contains this text.
            filters_name_starts_with: Keep lists whose name starts with this text.
            orders_name: Order of filtered results. `weight` puts exact matches first, then names
                starting with the filter, then the rest.
            filters_id: Only these lists, comma-separated ids.
            filters_channel: Only lists of this channel (`email` or `sms`).
            filters_userid: Only lists owned by this user.
            filters_created_timestamp: Only lists created on this date.
            filters_active_subscribers: Only lists with this many active subscribers.
            orders_id: Sort direction of an `orders[...]` parameter.
            orders_channel: Sort direction of an `orders[...]` parameter.
            orders_userid: Sort direction of an `orders[...]` parameter.
            orders_created_timestamp: Sort direction of an `orders[...]` parameter.
            orders_active_subscribers: Sort direction of an `orders[...]` parameter.

        """
        from . import list_lists as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_name_eq=filters_name_eq,
            filters_name_neq=filters_name_neq,
            filters_name_lt=filters_name_lt,
            filters_name_lte=filters_name_lte,
            filters_name_gt=filters_name_gt,
            filters_name_gte=filters_name_gte,
            filters_name_contains=filters_name_contains,
            filters_name_starts_with=filters_name_starts_with,
            orders_name=orders_name,
            filters_id=filters_id,
            filters_channel=filters_channel,
            filters_userid=filters_userid,
            filters_created_timestamp=filters_created_timestamp,
            filters_active_subscribers=filters_active_subscribers,
            orders_id=orders_id,
            orders_channel=orders_channel,
            orders_userid=orders_userid,
            orders_created_timestamp=orders_created_timestamp,
            orders_active_subscribers=orders_active_subscribers,
        )
        return cast("MailingListList", await self._caller.call(_operation.ROUTE, request))

    async def create_list(
        self,
        *,
        body: MailingListCreateRequest,
    ) -> MailingListEnvelope:
        """Create a mailing list

        `POST /lists`

        Args:
            body:

        """
        from . import create_list as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("MailingListEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_list(
        self,
        id: str,
    ) -> MailingListEnvelope:
        """Retrieve a mailing list

        `GET /lists/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_list as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("MailingListEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_list(
        self,
        id: str,
        *,
        body: MailingListUpdateRequest,
    ) -> MailingListEnvelope:
        """Update a mailing list

        `PUT /lists/{id}`

        Not in the public reference (x-undocumented); served by the API and used by existing clients. Takes
        the same attributes as creation, all optional.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_list as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("MailingListEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_list(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a mailing list

        `DELETE /lists/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_list as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def list_list_exclusions(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_match_phrase: str | Unset = UNSET,
        filters_lists: list[str] | Unset = UNSET,
        orders_match_phrase: SortDirection | Unset = UNSET,
        orders_lists: SortDirection | Unset = UNSET,
    ) -> ListExclusionList:
        """List exclusion patterns, filtered by phrase or list

        `GET /lists/exclusions`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_match_phrase: Keep exclusions whose pattern contains this text, for example `.com`.
            filters_lists: Keep exclusions applying to these lists (repeat the parameter per list id).
            orders_match_phrase: Sort direction of an `orders[...]` parameter.
            orders_lists: Sort direction of an `orders[...]` parameter.

        """
        from . import list_list_exclusions as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_match_phrase=filters_match_phrase,
            filters_lists=filters_lists,
            orders_match_phrase=orders_match_phrase,
            orders_lists=orders_lists,
        )
        return cast("ListExclusionList", await self._caller.call(_operation.ROUTE, request))

    async def get_list_exclusion(
        self,
        id: str,
    ) -> ListExclusion:
        """Retrieve an exclusion pattern

        `GET /lists/exclusions/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_list_exclusion as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ListExclusion", await self._caller.call(_operation.ROUTE, request))

    async def update_list_exclusion(
        self,
        id: str,
        *,
        body: ListExclusionUpdateRequest,
    ) -> ListExclusion:
        """Change which channel or lists an exclusion applies to

        `PUT /lists/exclusions/{id}`

        `lists` is only allowed with channel `several`; sending it with another channel is refused with 422.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body: The exclusion's new scope. Not wrapped.

        """
        from . import update_list_exclusion as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("ListExclusion", await self._caller.call(_operation.ROUTE, request))
