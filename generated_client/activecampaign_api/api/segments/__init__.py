"""The `segments` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.error_response import ErrorResponse
    from ...models.segment_envelope import SegmentEnvelope
    from ...models.segment_list import SegmentList
    from .. import AsyncCaller, Caller


class SegmentsOperations:
    """The `segments` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_segments(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SegmentList:
        """List saved segments

        `GET /segments`

        In the public reference, with few details: a `segments` array and `meta.total`, like sibling lists.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_segments as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SegmentList", self._caller.call(_operation.ROUTE, request))

    def get_segment(
        self,
        id: str,
    ) -> SegmentEnvelope:
        """Retrieve a saved segment

        `GET /segments/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_segment as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SegmentEnvelope", self._caller.call(_operation.ROUTE, request))


class AsyncSegmentsOperations:
    """The `segments` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_segments(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SegmentList:
        """List saved segments

        `GET /segments`

        In the public reference, with few details: a `segments` array and `meta.total`, like sibling lists.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_segments as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SegmentList", await self._caller.call(_operation.ROUTE, request))

    async def get_segment(
        self,
        id: str,
    ) -> SegmentEnvelope:
        """Retrieve a saved segment

        `GET /segments/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_segment as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SegmentEnvelope", await self._caller.call(_operation.ROUTE, request))
