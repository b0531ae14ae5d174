"""The `segment_matching` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.error_response import ErrorResponse
    from ...models.request_segment_match_all_for_conditions_instant import (
        RequestSegmentMatchAllForConditionsInstant,
        check_request_segment_match_all_for_conditions_instant,
    )
    from ...models.request_segment_match_all_instant import (
        RequestSegmentMatchAllInstant,
        check_request_segment_match_all_instant,
    )
    from ...models.request_segment_match_some_instant import (
        RequestSegmentMatchSomeInstant,
        check_request_segment_match_some_instant,
    )
    from ...models.segment_errors import SegmentErrors
    from ...models.segment_match_one_list import SegmentMatchOneList
    from ...models.segment_match_run_list import SegmentMatchRunList
    from ...models.segment_match_some_request import SegmentMatchSomeRequest
    from ...models.segment_v2_document import SegmentV2Document
    from .. import AsyncCaller, Caller


class SegmentMatchingOperations:
    """The `segment_matching` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def request_segment_match_all_for_conditions(
        self,
        *,
        body: SegmentV2Document,
        instant: RequestSegmentMatchAllForConditionsInstant | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Start finding every contact that matches ad-hoc conditions

        `POST /segmentMatchAll`

        Asynchronous. Sends conditions that are not saved as a segment and starts a run; the answer carries
        the run's `run_id` and, usually, `is_ready: false`. Poll `GET /segmentMatchAll/{segmentId}/{runId}`
        until `is_ready` is true, then page through `matches` (contact ids). With `instant=true` a small
        result may come back ready at once.

        Args:
            instant: Evaluate at once instead of queueing, when the segment is small enough.
            page: Page number, from 1.
            page_size: Items per page.
            body: A segment in JSON:API form, in requests and answers alike.

        """
        from . import request_segment_match_all_for_conditions as _operation

        request = _operation._get_kwargs(
            body=body,
            instant=instant,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", self._caller.call(_operation.ROUTE, request))

    def request_segment_match_all(
        self,
        segment_id: str,
        *,
        instant: RequestSegmentMatchAllInstant | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Start finding every contact that matches a saved segment

        `GET /segmentMatchAll/{segment_id}`

        Asynchronous despite the GET: starts (or reuses) a run and answers with its `run_id`. Poll `GET
        /segmentMatchAll/{segmentId}/{runId}` until `is_ready` is true; the contact ids are in `matches`.

        Args:
            segment_id: Id of the segment (a UUID-like string).
            instant: Evaluate at once instead of queueing, when the segment is small enough.
            page: Page number, from 1.
            page_size: Items per page.

        """
        from . import request_segment_match_all as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            instant=instant,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", self._caller.call(_operation.ROUTE, request))

    def get_segment_match_all_result(
        self,
        segment_id: str,
        run_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Poll the result set of a match-all run

        `GET /segmentMatchAll/{segment_id}/{run_id}`

        While the run is going `is_ready` is false and there are no `matches`; once it is true, `matches`
        holds one page of contact ids and `page` says how many pages there are.

        Args:
            segment_id: Id of the segment (a UUID-like string).
            run_id: The `run_id` a match request answered with.
            page: Page number, from 1.
            page_size: Items per page.

        """
        from . import get_segment_match_all_result as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            run_id=run_id,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", self._caller.call(_operation.ROUTE, request))

    def request_segment_match_some(
        self,
        segment_id: str,
        *,
        body: SegmentMatchSomeRequest,
        instant: RequestSegmentMatchSomeInstant | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Start finding up to `limit` contacts that match a segment

        `POST /segmentMatchSome/{segment_id}`

        Asynchronous, like match-all but capped: the answer carries the run's `run_id`; poll `GET
        /segmentMatchSome/{segmentId}/{runId}` until `is_ready` is true.

        Args:
            segment_id: Id of the segment (a UUID-like string).
            instant: Evaluate at once instead of queueing, when the segment is small enough.
            page: Page number, from 1.
            page_size: Items per page.
            body:

        """
        from . import request_segment_match_some as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            body=body,
            instant=instant,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", self._caller.call(_operation.ROUTE, request))

    def get_segment_match_some_result(
        self,
        segment_id: str,
        run_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Poll the result set of a match-some run

        `GET /segmentMatchSome/{segment_id}/{run_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            run_id: The `run_id` a match request answered with.
            page: Page number, from 1.
            page_size: Items per page.

        """
        from . import get_segment_match_some_result as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            run_id=run_id,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", self._caller.call(_operation.ROUTE, request))

    def match_contact_to_segment(
        self,
        segment_id: str,
        contact_id: str,
    ) -> SegmentMatchOneList:
        """Tell whether one contact matches a segment

        `GET /segmentMatch/{segment_id}/{contact_id}`

        Synchronous, unlike the match-all and match-some runs.

        Args:
            segment_id: Id of the segment (a UUID-like string).
            contact_id: Id of the contact.

        """
        from . import match_contact_to_segment as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            contact_id=contact_id,
        )
        return cast("SegmentMatchOneList", self._caller.call(_operation.ROUTE, request))

    def match_contact_to_segment_for_record(
        self,
        segment_id: str,
        contact_id: str,
        external_id: str,
    ) -> SegmentMatchOneList:
        """Tell whether one contact matches a segment, for one related record

        `GET /segmentMatch/{segment_id}/{contact_id}/{external_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            contact_id: Id of the contact.
            external_id: Id of the related record (for example a custom object record) the segment's
                conditions are evaluated against.

        """
        from . import match_contact_to_segment_for_record as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            contact_id=contact_id,
            external_id=external_id,
        )
        return cast("SegmentMatchOneList", self._caller.call(_operation.ROUTE, request))


class AsyncSegmentMatchingOperations:
    """The `segment_matching` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def request_segment_match_all_for_conditions(
        self,
        *,
        body: SegmentV2Document,
        instant: RequestSegmentMatchAllForConditionsInstant | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Start finding every contact that matches ad-hoc conditions

        `POST /segmentMatchAll`

        Asynchronous. Sends conditions that are not saved as a segment and starts a run; the answer carries
        the run's `run_id` and, usually, `is_ready: false`. Poll `GET /segmentMatchAll/{segmentId}/{runId}`
        until `is_ready` is true, then page through `matches` (contact ids). With `instant=true` a small
        result may come back ready at once.

        Args:
            instant: Evaluate at once instead of queueing, when the segment is small enough.
            page: Page number, from 1.
            page_size: Items per page.
            body: A segment in JSON:API form, in requests and answers alike.

        """
        from . import request_segment_match_all_for_conditions as _operation

        request = _operation._get_kwargs(
            body=body,
            instant=instant,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", await self._caller.call(_operation.ROUTE, request))

    async def request_segment_match_all(
        self,
        segment_id: str,
        *,
        instant: RequestSegmentMatchAllInstant | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Start finding every contact that matches a saved segment

        `GET /segmentMatchAll/{segment_id}`

        Asynchronous despite the GET: starts (or reuses) a run and answers with its `run_id`. Poll `GET
        /segmentMatchAll/{segmentId}/{runId}` until `is_ready` is true; the contact ids are in `matches`.

        Args:
            segment_id: Id of the segment (a UUID-like string).
            instant: Evaluate at once instead of queueing, when the segment is small enough.
            page: Page number, from 1.
            page_size: Items per page.

        """
        from . import request_segment_match_all as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            instant=instant,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", await self._caller.call(_operation.ROUTE, request))

    async def get_segment_match_all_result(
        self,
        segment_id: str,
        run_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Poll the result set of a match-all run

        `GET /segmentMatchAll/{segment_id}/{run_id}`

        While the run is going `is_ready` is false and there are no `matches`; once it is true, `matches`
        holds one page of contact ids and `page` says how many pages there are.

        Args:
            segment_id: Id of the segment (a UUID-like string).
            run_id: The `run_id` a match request answered with.
            page: Page number, from 1.
            page_size: Items per page.

        """
        from . import get_segment_match_all_result as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            run_id=run_id,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", await self._caller.call(_operation.ROUTE, request))

    async def request_segment_match_some(
        self,
        segment_id: str,
        *,
        body: SegmentMatchSomeRequest,
        instant: RequestSegmentMatchSomeInstant | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Start finding up to `limit` contacts that match a segment

        `POST /segmentMatchSome/{segment_id}`

        Asynchronous, like match-all but capped: the answer carries the run's `run_id`; poll `GET
        /segmentMatchSome/{segmentId}/{runId}` until `is_ready` is true.

        Args:
            segment_id: Id of the segment (a UUID-like string).
            instant: Evaluate at once instead of queueing, when the segment is small enough.
            page: Page number, from 1.
            page_size: Items per page.
            body:

        """
        from . import request_segment_match_some as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            body=body,
            instant=instant,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", await self._caller.call(_operation.ROUTE, request))

    async def get_segment_match_some_result(
        self,
        segment_id: str,
        run_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> SegmentMatchRunList:
        """Poll the result set of a match-some run

        `GET /segmentMatchSome/{segment_id}/{run_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            run_id: The `run_id` a match request answered with.
            page: Page number, from 1.
            page_size: Items per page.

        """
        from . import get_segment_match_some_result as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            run_id=run_id,
            page=page,
            page_size=page_size,
        )
        return cast("SegmentMatchRunList", await self._caller.call(_operation.ROUTE, request))

    async def match_contact_to_segment(
        self,
        segment_id: str,
        contact_id: str,
    ) -> SegmentMatchOneList:
        """Tell whether one contact matches a segment

        `GET /segmentMatch/{segment_id}/{contact_id}`

        Synchronous, unlike the match-all and match-some runs.

        Args:
            segment_id: Id of the segment (a UUID-like string).
            contact_id: Id of the contact.

        """
        from . import match_contact_to_segment as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            contact_id=contact_id,
        )
        return cast("SegmentMatchOneList", await self._caller.call(_operation.ROUTE, request))

    async def match_contact_to_segment_for_record(
        self,
        segment_id: str,
        contact_id: str,
        external_id: str,
    ) -> SegmentMatchOneList:
        """Tell whether one contact matches a segment, for one related record

        `GET /segmentMatch/{segment_id}/{contact_id}/{external_id}`

        Args:
            segment_id: Id of the segment (a UUID-like string).
            contact_id: Id of the contact.
            external_id: Id of the related record (for example a custom object record) the segment's
                conditions are evaluated against.

        """
        from . import match_contact_to_segment_for_record as _operation

        request = _operation._get_kwargs(
            segment_id=segment_id,
            contact_id=contact_id,
            external_id=external_id,
        )
        return cast("SegmentMatchOneList", await self._caller.call(_operation.ROUTE, request))
