"""The `tags` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_tags_orders_search import ListTagsOrdersSearch, check_list_tags_orders_search
    from ...models.tag_create_request import TagCreateRequest
    from ...models.tag_envelope import TagEnvelope
    from ...models.tag_list import TagList
    from ...models.tag_update_request import TagUpdateRequest
    from .. import AsyncCaller, Caller


class TagsOperations:
    """The `tags` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_tags(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        filters_search_eq: str | Unset = UNSET,
        filters_search_neq: str | Unset = UNSET,
        filters_search_lt: str | Unset = UNSET,
        filters_search_lte: str | Unset = UNSET,
        filters_search_gt: str | Unset = UNSET,
        filters_search_gte: str | Unset = UNSET,
        filters_search_contains: str | Unset = UNSET,
        filters_search_starts_with: str | Unset = UNSET,
        orders_search: ListTagsOrdersSearch | Unset = UNSET,
    ) -> TagList:
        """List tags, optionally filtered by name

        `GET /tags`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            search: Keep tags whose name contains this text.
            filters_search_eq: Keep tags whose name equals this text.
            filters_search_neq: Keep tags whose name differs from this text.
            filters_search_lt: Keep tags whose name sorts before this text.
            filters_search_lte: Keep tags whose name sorts before or equal to this text.
            filters_search_gt: Keep tags whose name sorts after this text.
            filters_search_gte: Keep tags whose name sorts after or equal to this text.
            filters_search_contains: Keep tags whose name contains this text.
            filters_search_starts_with: Keep tags whose name starts with this text.
            orders_search: Order of filtered results. `weight` puts exact matches first, then names
                starting with the filter, then the rest.

        """
        from . import list_tags as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            search=search,
            filters_search_eq=filters_search_eq,
            filters_search_neq=filters_search_neq,
            filters_search_lt=filters_search_lt,
            filters_search_lte=filters_search_lte,
            filters_search_gt=filters_search_gt,
            filters_search_gte=filters_search_gte,
            filters_search_contains=filters_search_contains,
            filters_search_starts_with=filters_search_starts_with,
            orders_search=orders_search,
        )
        return cast("TagList", self._caller.call(_operation.ROUTE, request))

    def create_tag(
        self,
        *,
        body: TagCreateRequest,
    ) -> TagEnvelope:
        """Create a tag

        `POST /tags`

        Args:
            body:

        """
        from . import create_tag as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TagEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_tag(
        self,
        id: str,
    ) -> TagEnvelope:
        """Retrieve one tag with its subscriber count

        `GET /tags/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_tag as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("TagEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_tag(
        self,
        id: str,
        *,
        body: TagUpdateRequest,
    ) -> TagEnvelope:
        """Rename a tag or change its type or description

        `PUT /tags/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_tag as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("TagEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_tag(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a tag and remove it from every contact

        `DELETE /tags/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_tag as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncTagsOperations:
    """The `tags` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_tags(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        filters_search_eq: str | Unset = UNSET,
        filters_search_neq: str | Unset = UNSET,
        filters_search_lt: str | Unset = UNSET,
        filters_search_lte: str | Unset = UNSET,
        filters_search_gt: str | Unset = UNSET,
        filters_search_gte: str | Unset = UNSET,
        filters_search_contains: str | Unset = UNSET,
        filters_search_starts_with: str | Unset = UNSET,
        orders_search: ListTagsOrdersSearch | Unset = UNSET,
    ) -> TagList:
        """List tags, optionally filtered by name

        `GET /tags`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            search: Keep tags whose name contains this text.
            filters_search_eq: Keep tags whose name equals this text.
            filters_search_neq: Keep tags whose name differs from this text.
            filters_search_lt: Keep tags whose name sorts before this text.
            filters_search_lte: Keep tags whose name sorts before or equal to this text.
            filters_search_gt: Keep tags whose name sorts after this text.
            filters_search_gte: Keep tags whose name sorts after or equal to this text.
            filters_search_contains: Keep tags whose name contains this text.
            filters_search_starts_with: Keep tags whose name starts with this text.
            orders_search: Order of filtered results. `weight` puts exact matches first, then names
                starting with the filter, then the rest.

        """
        from . import list_tags as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            search=search,
            filters_search_eq=filters_search_eq,
            filters_search_neq=filters_search_neq,
            filters_search_lt=filters_search_lt,
            filters_search_lte=filters_search_lte,
            filters_search_gt=filters_search_gt,
            filters_search_gte=filters_search_gte,
            filters_search_contains=filters_search_contains,
            filters_search_starts_with=filters_search_starts_with,
            orders_search=orders_search,
        )
        return cast("TagList", await self._caller.call(_operation.ROUTE, request))

    async def create_tag(
        self,
        *,
        body: TagCreateRequest,
    ) -> TagEnvelope:
        """Create a tag

        `POST /tags`

        Args:
            body:

        """
        from . import create_tag as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("TagEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_tag(
        self,
        id: str,
    ) -> TagEnvelope:
        """Retrieve one tag with its subscriber count

        `GET /tags/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_tag as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("TagEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_tag(
        self,
        id: str,
        *,
        body: TagUpdateRequest,
    ) -> TagEnvelope:
        """Rename a tag or change its type or description

        `PUT /tags/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_tag as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("TagEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_tag(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a tag and remove it from every contact

        `DELETE /tags/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_tag as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
