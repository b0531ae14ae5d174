"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.error_response import ErrorResponse
from ...models.segment_envelope import SegmentEnvelope
from ...models.segment_list import SegmentList
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import get_segment as _get_segment
from . import list_segments as _list_segments


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
        request = _list_segments._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(SegmentList, self._caller.call(request, _list_segments._parse_response, (200,)))

    def get_segment(
        self,
        id: str,
    ) -> SegmentEnvelope:
        """Retrieve a saved segment

        `GET /segments/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_segment._get_kwargs(
            id=id,
        )
        return cast(SegmentEnvelope, self._caller.call(request, _get_segment._parse_response, (200,)))


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
        request = _list_segments._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(SegmentList, await self._caller.call(request, _list_segments._parse_response, (200,)))

    async def get_segment(
        self,
        id: str,
    ) -> SegmentEnvelope:
        """Retrieve a saved segment

        `GET /segments/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_segment._get_kwargs(
            id=id,
        )
        return cast(SegmentEnvelope, await self._caller.call(request, _get_segment._parse_response, (200,)))
