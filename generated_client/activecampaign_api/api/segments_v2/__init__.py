"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.error_response import ErrorResponse
from ...models.segment_count_history_list import SegmentCountHistoryList
from ...models.segment_errors import SegmentErrors
from ...models.segment_v2_document import SegmentV2Document
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_segment_v2 as _create_segment_v2
from . import delete_segment_v2 as _delete_segment_v2
from . import get_segment_v2 as _get_segment_v2
from . import get_segment_v2_version as _get_segment_v2_version
from . import list_segment_v2_count_history as _list_segment_v2_count_history
from . import list_segment_v2_count_history_since as _list_segment_v2_count_history_since
from . import list_segment_v2_recent_counts as _list_segment_v2_recent_counts
from . import revert_segment_v2 as _revert_segment_v2
from . import update_segment_v2 as _update_segment_v2


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
        request = _create_segment_v2._get_kwargs(
            body=body,
        )
        return cast(SegmentV2Document, self._caller.call(request, _create_segment_v2._parse_response, (200,)))

    def get_segment_v2(
        self,
        segment_id: str,
    ) -> SegmentV2Document:
        """Retrieve the current version of a segment

        `GET /segmentsV2/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        request = _get_segment_v2._get_kwargs(
            segment_id=segment_id,
        )
        return cast(SegmentV2Document, self._caller.call(request, _get_segment_v2._parse_response, (200,)))

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
        request = _update_segment_v2._get_kwargs(
            segment_id=segment_id,
            body=body,
        )
        return cast(SegmentV2Document, self._caller.call(request, _update_segment_v2._parse_response, (200,)))

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
        request = _delete_segment_v2._get_kwargs(
            segment_id=segment_id,
        )
        return cast(SegmentV2Document, self._caller.call(request, _delete_segment_v2._parse_response, (200,)))

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
        request = _get_segment_v2_version._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast(SegmentV2Document, self._caller.call(request, _get_segment_v2_version._parse_response, (200,)))

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
        request = _revert_segment_v2._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast(SegmentV2Document, self._caller.call(request, _revert_segment_v2._parse_response, (200,)))

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
        request = _list_segment_v2_recent_counts._get_kwargs(
            segment_ids=segment_ids,
        )
        return cast(
            SegmentCountHistoryList, self._caller.call(request, _list_segment_v2_recent_counts._parse_response, (200,))
        )

    def list_segment_v2_count_history(
        self,
        segment_id: str,
    ) -> SegmentCountHistoryList:
        """Every recorded contact count of a segment

        `GET /segmentsV2/{segment_id}/count-history`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        request = _list_segment_v2_count_history._get_kwargs(
            segment_id=segment_id,
        )
        return cast(
            SegmentCountHistoryList, self._caller.call(request, _list_segment_v2_count_history._parse_response, (200,))
        )

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
        request = _list_segment_v2_count_history_since._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast(
            SegmentCountHistoryList,
            self._caller.call(request, _list_segment_v2_count_history_since._parse_response, (200,)),
        )


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
        request = _create_segment_v2._get_kwargs(
            body=body,
        )
        return cast(SegmentV2Document, await self._caller.call(request, _create_segment_v2._parse_response, (200,)))

    async def get_segment_v2(
        self,
        segment_id: str,
    ) -> SegmentV2Document:
        """Retrieve the current version of a segment

        `GET /segmentsV2/{segment_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        request = _get_segment_v2._get_kwargs(
            segment_id=segment_id,
        )
        return cast(SegmentV2Document, await self._caller.call(request, _get_segment_v2._parse_response, (200,)))

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
        request = _update_segment_v2._get_kwargs(
            segment_id=segment_id,
            body=body,
        )
        return cast(SegmentV2Document, await self._caller.call(request, _update_segment_v2._parse_response, (200,)))

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
        request = _delete_segment_v2._get_kwargs(
            segment_id=segment_id,
        )
        return cast(SegmentV2Document, await self._caller.call(request, _delete_segment_v2._parse_response, (200,)))

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
        request = _get_segment_v2_version._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast(
            SegmentV2Document, await self._caller.call(request, _get_segment_v2_version._parse_response, (200,))
        )

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
        request = _revert_segment_v2._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast(SegmentV2Document, await self._caller.call(request, _revert_segment_v2._parse_response, (200,)))

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
        request = _list_segment_v2_recent_counts._get_kwargs(
            segment_ids=segment_ids,
        )
        return cast(
            SegmentCountHistoryList,
            await self._caller.call(request, _list_segment_v2_recent_counts._parse_response, (200,)),
        )

    async def list_segment_v2_count_history(
        self,
        segment_id: str,
    ) -> SegmentCountHistoryList:
        """Every recorded contact count of a segment

        `GET /segmentsV2/{segment_id}/count-history`

        Args:
            segment_id: Id of the segment (a UUID-like string).

        """
        request = _list_segment_v2_count_history._get_kwargs(
            segment_id=segment_id,
        )
        return cast(
            SegmentCountHistoryList,
            await self._caller.call(request, _list_segment_v2_count_history._parse_response, (200,)),
        )

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
        request = _list_segment_v2_count_history_since._get_kwargs(
            segment_id=segment_id,
            timestamp=timestamp,
        )
        return cast(
            SegmentCountHistoryList,
            await self._caller.call(request, _list_segment_v2_count_history_since._parse_response, (200,)),
        )
