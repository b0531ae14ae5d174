"""`segment_contact_ids`: start a match run, wait until it is ready, page through its contact ids."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, errors

from .conftest import FakeApi, reply

SEGMENT, RUN = "9c7e5a0e-3c1b-4b0a-a3e4-2f8f1b6d7e21", "744390a5-208e-4c3d-b709-b3c3ea6e5948"


def run(ready: bool, matches: list[int] | None = None, page: int = 1, last: int = 1) -> dict[str, Any]:
    attributes: dict[str, Any] = {
        "run_id": RUN,
        "run_id_start": "2025-03-03T12:00:00.523Z",
        "is_ready": ready,
        "segment_id": SEGMENT,
    }
    if ready:
        attributes |= {"matches": matches or [], "page": {"current_page": page, "last_page": last, "total": 5}}
    return {"data": [{"id": f"{RUN}-1", "type": "matchAll", "attributes": attributes}]}


def test_waits_for_the_run_then_reads_every_page(ac: ActiveCampaign, fake: FakeApi) -> None:
    polls: list[int] = []

    def result(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        polls.append(page)
        if len(polls) == 1:
            return reply(200, run(False))
        return reply(200, run(True, [1, 2, 3] if page == 1 else [4, 5], page=page, last=2))

    fake.on(f"GET /segmentMatchAll/{SEGMENT}", reply(200, run(False)))
    fake.on(f"GET /segmentMatchAll/{SEGMENT}/{RUN}", result)
    assert list(ac.segment_contact_ids(SEGMENT, page_size=3, poll=0.01)) == ["1", "2", "3", "4", "5"]
    assert polls == [1, 1, 2]
    assert fake.requests[0].url.params["page_size"] == "3"


def test_a_run_that_stays_busy_is_a_typed_error(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on(f"GET /segmentMatchAll/{SEGMENT}", reply(200, run(False)))
    fake.on(f"GET /segmentMatchAll/{SEGMENT}/{RUN}", reply(200, run(False)))
    with pytest.raises(errors.SegmentMatchError, match="not ready") as caught:
        list(ac.segment_contact_ids(SEGMENT, wait=0.05, poll=0.01))
    assert caught.value.run_id == RUN


def test_an_answer_without_a_run_is_a_typed_error(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on(f"GET /segmentMatchAll/{SEGMENT}", reply(200, {"data": []}))
    with pytest.raises(errors.SegmentMatchError, match="no run"):
        list(ac.segment_contact_ids(SEGMENT))


@pytest.mark.parametrize(("segment", "page_size"), [("", 10), ("..", 10), ("a/b", 10), (SEGMENT, 0), (SEGMENT, 1001)])
def test_bad_input_is_refused_before_any_request(
    ac: ActiveCampaign, fake: FakeApi, segment: str, page_size: int
) -> None:
    with pytest.raises(errors.InvalidInputError):
        list(ac.segment_contact_ids(segment, page_size=page_size))
    assert fake.requests == []
