"""The `segments_v2` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.error_response import ErrorResponse
    from ...models.segment_count_history_list import SegmentCountHistoryList
    from ...models.segment_errors import SegmentErrors
    from ...models.segment_v2_document import SegmentV2Document
    from .. import AsyncCaller, Caller


class SegmentsV2Operations:
    """The `segments_v2` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_segment_v2(
        self,
        *,
        body: SegmentV2Document,
    ) -> SegmentV2Document:
        """Create a segment from conditions

        `POST /segmentsV2`

        A segment with a `name` is saved and shows up as an audience. The conditions are not evaluated here:
        request a match (`segmentMatchAll`) to find the contacts.

        Args:
            body: A segment in JSON:API form, in requests and answers alike.

        """
        from . import create_segment_v2 as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SegmentV2Document", self._caller.call(_operation.ROUTE, request))

    def get_segment_v2(
        self,
        segment_id: str,
    ) -> SegmentV2Document:
        """Retrieve the current version of a segment

        `GET /segmentsV2/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        from . import get_segment_v2 as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
        )
        return cast("SegmentV2Document", self._caller.call(_operation.ROUTE, request))

    def update_segment_v2(
        self,
        segment_id: str,
        *,
        body: SegmentV2Document,
    ) -> SegmentV2Document:
        """Replace the conditions of a segment (a new version is kept)

        `PUT /segmentsV2/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            body: A segment in JSON:API form, in requests and answers alike.

        """
        from . import update_segment_v2 as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            body=body,
        )
        return cast("SegmentV2Document", self._caller.call(_operation.ROUTE, request))

    def delete_segment_v2(
        self,
        segment_id: str,
    ) -> SegmentV2Document:
        """Delete a segment

        `DELETE /segmentsV2/{segment_id}`

        Answers with the segment as it was.

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        from . import delete_segment_v2 as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
        )
        return cast("SegmentV2Document", self._caller.call(_operation.ROUTE, request))

    def get_segment_v2_version(
        self,
        segment_id: str,
        timestamp: int,
    ) -> SegmentV2Document:
        """Retrieve an earlier version of a segment

        `GET /segmentsV2/{segment_id}/createdDate/{timestamp}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            timestamp: The version's `created_date` as Unix time in milliseconds.

        """
        from . import get_segment_v2_version as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast("SegmentV2Document", self._caller.call(_operation.ROUTE, request))

    def revert_segment_v2(
        self,
        segment_id: str,
        timestamp: int,
    ) -> SegmentV2Document:
        """Make an earlier version of a segment the current one

        `PUT /segmentsV2/{segment_id}/createdDate/{timestamp}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            timestamp: The version's `created_date` as Unix time in milliseconds.

        """
        from . import revert_segment_v2 as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast("SegmentV2Document", self._caller.call(_operation.ROUTE, request))

    def list_segment_v2_recent_counts(
        self,
        *,
        segment_ids: str,
    ) -> SegmentCountHistoryList:
        """The most recent contact count of each of several segments

        `GET /segmentsV2/count-history`

        Args:
            segment_ids: Comma-separated segment ids.

        """
        from . import list_segment_v2_recent_counts as _operation

        request = _operation._get_kwargs(
            segment_ids=segment_ids,
        )
        return cast("SegmentCountHistoryList", self._caller.call(_operation.ROUTE, request))

    def list_segment_v2_count_history(
        self,
        segment_id: str,
    ) -> SegmentCountHistoryList:
        """Every recorded contact count of a segment

        `GET /segmentsV2/{segment_id}/count-history`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        from . import list_segment_v2_count_history as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
        )
        return cast("SegmentCountHistoryList", self._caller.call(_operation.ROUTE, request))

    def list_segment_v2_count_history_since(
        self,
        segment_id: str,
        timestamp: int,
    ) -> SegmentCountHistoryList:
        """The recorded contact counts of a segment since a point in time

        `GET /segmentsV2/{segment_id}/count-history/{timestamp}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            timestamp: Only counts recorded since this Unix time in milliseconds.

        """
        from . import list_segment_v2_count_history_since as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast("SegmentCountHistoryList", self._caller.call(_operation.ROUTE, request))


class AsyncSegmentsV2Operations:
    """The `segments_v2` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_segment_v2(
        self,
        *,
        body: SegmentV2Document,
    ) -> SegmentV2Document:
        """Create a segment from conditions

        `POST /segmentsV2`

        A segment with a `name` is saved and shows up as an audience. The conditions are not evaluated here:
        request a match (`segmentMatchAll`) to find the contacts.

        Args:
            body: A segment in JSON:API form, in requests and answers alike.

        """
        from . import create_segment_v2 as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SegmentV2Document", await self._caller.call(_operation.ROUTE, request))

    async def get_segment_v2(
        self,
        segment_id: str,
    ) -> SegmentV2Document:
        """Retrieve the current version of a segment

        `GET /segmentsV2/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        from . import get_segment_v2 as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
        )
        return cast("SegmentV2Document", await self._caller.call(_operation.ROUTE, request))

    async def update_segment_v2(
        self,
        segment_id: str,
        *,
        body: SegmentV2Document,
    ) -> SegmentV2Document:
        """Replace the conditions of a segment (a new version is kept)

        `PUT /segmentsV2/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            body: A segment in JSON:API form, in requests and answers alike.

        """
        from . import update_segment_v2 as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            body=body,
        )
        return cast("SegmentV2Document", await self._caller.call(_operation.ROUTE, request))

    async def delete_segment_v2(
        self,
        segment_id: str,
    ) -> SegmentV2Document:
        """Delete a segment

        `DELETE /segmentsV2/{segment_id}`

        Answers with the segment as it was.

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        from . import delete_segment_v2 as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
        )
        return cast("SegmentV2Document", await self._caller.call(_operation.ROUTE, request))

    async def get_segment_v2_version(
        self,
        segment_id: str,
        timestamp: int,
    ) -> SegmentV2Document:
        """Retrieve an earlier version of a segment

        `GET /segmentsV2/{segment_id}/createdDate/{timestamp}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            timestamp: The version's `created_date` as Unix time in milliseconds.

        """
        from . import get_segment_v2_version as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast("SegmentV2Document", await self._caller.call(_operation.ROUTE, request))

    async def revert_segment_v2(
        self,
        segment_id: str,
        timestamp: int,
    ) -> SegmentV2Document:
        """Make an earlier version of a segment the current one

        `PUT /segmentsV2/{segment_id}/createdDate/{timestamp}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            timestamp: The version's `created_date` as Unix time in milliseconds.

        """
        from . import revert_segment_v2 as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast("SegmentV2Document", await self._caller.call(_operation.ROUTE, request))

    async def list_segment_v2_recent_counts(
        self,
        *,
        segment_ids: str,
    ) -> SegmentCountHistoryList:
        """The most recent contact count of each of several segments

        `GET /segmentsV2/count-history`

        Args:
            segment_ids: Comma-separated segment ids.

        """
        from . import list_segment_v2_recent_counts as _operation

        request = _operation._get_kwargs(
            segment_ids=segment_ids,
        )
        return cast("SegmentCountHistoryList", await self._caller.call(_operation.ROUTE, request))

    async def list_segment_v2_count_history(
        self,
        segment_id: str,
    ) -> SegmentCountHistoryList:
        """Every recorded contact count of a segment

        `GET /segmentsV2/{segment_id}/count-history`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        from . import list_segment_v2_count_history as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
        )
        return cast("SegmentCountHistoryList", await self._caller.call(_operation.ROUTE, request))

    async def list_segment_v2_count_history_since(
        self,
        segment_id: str,
        timestamp: int,
    ) -> SegmentCountHistoryList:
        """The recorded contact counts of a segment since a point in time

        `GET /segmentsV2/{segment_id}/count-history/{timestamp}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            timestamp: Only counts recorded since this Unix time in milliseconds.

        """
        from . import list_segment_v2_count_history_since as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast("SegmentCountHistoryList", await self._caller.call(_operation.ROUTE, request))
