"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.audience_list import AudienceList
from ...models.error_response import ErrorResponse
from ...models.segment_errors import SegmentErrors
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import get_audience as _get_audience
from . import list_audiences as _list_audiences


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
        request = _list_audiences._get_kwargs(
            page=page,
            page_size=page_size,
            sort=sort,
            search=search,
        )
        return cast(AudienceList, self._caller.call(request, _list_audiences._parse_response, (200,)))

    def get_audience(
        self,
        segment_id: str,
    ) -> AudienceList:
        """Retrieve one audience with its latest contact counts

        `GET /audiences/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        request = _get_audience._get_kwargs(
            segment_id=segment_id,
        )
        return cast(AudienceList, self._caller.call(request, _get_audience._parse_response, (200,)))


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
        request = _list_audiences._get_kwargs(
            page=page,
            page_size=page_size,
            sort=sort,
            search=search,
        )
        return cast(AudienceList, await self._caller.call(request, _list_audiences._parse_response, (200,)))

    async def get_audience(
        self,
        segment_id: str,
    ) -> AudienceList:
        """Retrieve one audience with its latest contact counts

        `GET /audiences/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        request = _get_audience._get_kwargs(
            segment_id=segment_id,
        )
        return cast(AudienceList, await self._caller.call(request, _get_audience._parse_response, (200,)))
