"""`ac.segment_contact_ids(segment_id)`: the contacts of a saved segment (segments v2), one id at a time.

Matching is asynchronous in the API: a request starts a run (or reuses a recent one), the run is
polled until `is_ready`, and its `matches` are then read page by page. This helper does those
steps; `ac.segment_matching.*` remain for anything else (ad-hoc conditions, one contact).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from activecampaign_api.operations import AsyncOperations

from ..checks import seconds, whole_number
from ..errors import InvalidInputError, SegmentMatchError
from ..runtime import AsyncRuntime

if TYPE_CHECKING:
    from activecampaign_api.models import SegmentMatchRun, SegmentMatchRunList

MAX_MATCH_PAGE = 1000
# Bounds of the timing options: a wait of a day at most, polls from 10 ms to 10 minutes apart.
MAX_SEGMENT_WAIT = 86400.0
MIN_POLL, MAX_POLL = 0.01, 600.0

logger = logging.getLogger("activecampaign_sdk")


def _run(answer: SegmentMatchRunList, segment_id: str) -> tuple[SegmentMatchRun, str]:
    """The run an answer holds, and its id (every later request names it)."""
    run = answer.data[0].attributes if answer.data else None
    if run is None or not run.run_id:
        raise SegmentMatchError(f"segment {segment_id}: the match answer holds no run", segment_id=segment_id)
    return run, run.run_id


def _last_page(run: SegmentMatchRun) -> int:
    last = getattr(run.page, "last_page", None)
    return last if isinstance(last, int) and not isinstance(last, bool) and last > 0 else 1


class AsyncSegmentHelpers(AsyncOperations):
    async def segment_contact_ids(
        self, segment_id: str, *, page_size: int = MAX_MATCH_PAGE, wait: float = 300.0, poll: float = 1.0
    ) -> AsyncIterator[str]:
        """Every contact id the saved segment matches: starts a match run, waits until it is ready
        (polling every `poll` seconds, doubling up to 10 s, for at most `wait` seconds), then pages
        through its matches, `page_size` ids per request.

        `SegmentMatchError` when the run is not ready in time or the API answers no run.
        """
        if not isinstance(segment_id, str) or not segment_id.strip() or "/" in segment_id or segment_id in {".", ".."}:
            raise InvalidInputError(f"a segment id is the segment's id string, got {segment_id!r}")
        whole_number(page_size, "page_size", 1, MAX_MATCH_PAGE)
        wait = seconds(wait, "wait", high=MAX_SEGMENT_WAIT)
        poll = seconds(poll, "poll", low=MIN_POLL, high=MAX_POLL)
        matching = self.segment_matching
        run, run_id = _run(
            await matching.request_segment_match_all(segment_id, page=1, page_size=page_size), segment_id
        )
        deadline, pause = time.monotonic() + wait, poll
        while not run.is_ready:
            if time.monotonic() + pause > deadline:
                message = f"segment {segment_id}: match run {run_id} not ready after {wait:g}s"
                raise SegmentMatchError(message, segment_id=segment_id, run_id=run_id)
            await AsyncRuntime.sleep(pause)
            pause = min(pause * 2, max(poll, 10.0))
            answer = await matching.get_segment_match_all_result(segment_id, run_id, page=1, page_size=page_size)
            run, run_id = _run(answer, segment_id)
        page = 1
        seen: set[str] = set()
        while True:
            fresh = [contact_id for contact_id in run.matches or [] if contact_id not in seen]
            if page > 1 and not fresh:
                # An empty or repeated page before the last one the run claims: the claim is not to be trusted.
                logger.warning(
                    "segment %s: page %d of run %s brought no new contact; stopping", segment_id, page, run_id
                )
                return
            for contact_id in fresh:
                seen.add(contact_id)
                yield contact_id
            if page >= _last_page(run):
                return
            page += 1
            answer = await matching.get_segment_match_all_result(segment_id, run_id, page=page, page_size=page_size)
            run, run_id = _run(answer, segment_id)
