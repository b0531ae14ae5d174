"""The `audiences` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.audience_list import AudienceList
    from ...models.error_response import ErrorResponse
    from ...models.segment_errors import SegmentErrors
    from .. import AsyncCaller, Caller


class AudiencesOperations:
    """The `audiences` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_audiences(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> AudienceList:
        """List saved segments (audiences) with their latest contact counts

        `GET /audiences`

        Args:
            page: Page number, from 1.
            page_size: Items per page.
            sort: Attribute to sort by, `-` in front for descending (for example `-updated_date`).
            search: Free-text filter; the API matches it as "contains".

        """
        from . import list_audiences as _operation

        request = _operation._get_kwargs(
            page=page,
            page_size=page_size,
            sort=sort,
            search=search,
        )
        return cast("AudienceList", self._caller.call(_operation.ROUTE, request))

    def get_audience(
        self,
        segment_id: str,
    ) -> AudienceList:
        """Retrieve one audience with its latest contact counts

        `GET /audiences/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        from . import get_audience as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
        )
        return cast("AudienceList", self._caller.call(_operation.ROUTE, request))


class AsyncAudiencesOperations:
    """The `audiences` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_audiences(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> AudienceList:
        """List saved segments (audiences) with their latest contact counts

        `GET /audiences`

        Args:
            page: Page number, from 1.
            page_size: Items per page.
            sort: Attribute to sort by, `-` in front for descending (for example `-updated_date`).
            search: Free-text filter; the API matches it as "contains".

        """
        from . import list_audiences as _operation

        request = _operation._get_kwargs(
            page=page,
            page_size=page_size,
            sort=sort,
            search=search,
        )
        return cast("AudienceList", await self._caller.call(_operation.ROUTE, request))

    async def get_audience(
        self,
        segment_id: str,
    ) -> AudienceList:
        """Retrieve one audience with its latest contact counts

        `GET /audiences/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        from . import get_audience as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
        )
        return cast("AudienceList", await self._caller.call(_operation.ROUTE, request))
