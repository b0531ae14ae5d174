"""Walks and waits end by construction: a server that cycles through pages, claims a billion of them or
ignores paging is walked once through what it has, every id yielded once; timing options that are NaN,
negative or strings are refused before the first request."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, errors
from activecampaign_sdk.bulk_import import ImportPolicy

from .conftest import FakeApi, reply

CAP = 200  # no test here may take more requests than this: a walk that goes on fails the test, not the machine

# Totals a walk goes by (and must not trust), and totals the page model cannot read at all.
TOTALS: dict[str, Any] = {"absent": None, "billion": "1000000000", "billion as a number": 10**9, "zero": "0"}
UNREADABLE: dict[str, Any] = {"huge": "9" * 5000, "garbage": "lots", "float": 1e300, "negative": "-5"}


def cycling(pages: int, total: Any, *, item: str = "tags", keyset: bool = False) -> Any:
    """A server sending `pages` pages of 10 distinct ids in turn, whatever the offset (or id_greater) asked."""
    calls = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        assert calls["n"] <= CAP, "the walk does not end"
        limit = int(request.url.params["limit"])
        turn = (calls["n"] - 1) % pages
        page = [{"id": str(100 + turn * limit + i), "tag": "t", "email": f"c{i}@example.com"} for i in range(limit)]
        meta = {} if total is None else {"total": total}
        return reply(200, {item: page, "meta": meta})

    return answer


@pytest.mark.parametrize("pages", [1, 2, 3])
@pytest.mark.parametrize("total", ["absent", "billion", "billion as a number"])
def test_a_server_cycling_through_pages_is_walked_once(
    ac: ActiveCampaign, fake: FakeApi, pages: int, total: str
) -> None:
    fake.on("GET /tags", cycling(pages, TOTALS[total]))
    ids = [tag.id for tag in ac.paginate(ac.tags.list_tags, page_size=10)]
    assert len(ids) == len(set(ids)) == 10 * pages, "every distinct id once"
    assert len(fake.requests) == pages + 1, "the first page that brings nothing new ends the walk"


def test_a_total_of_zero_with_full_pages_ends_at_the_first(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", cycling(3, TOTALS["zero"]))
    assert len(list(ac.paginate(ac.tags.list_tags, page_size=10))) == 10
    assert len(fake.requests) == 1


@pytest.mark.parametrize("total", sorted(UNREADABLE))
def test_an_unreadable_total_is_a_typed_error_at_the_first_page(ac: ActiveCampaign, fake: FakeApi, total: str) -> None:
    fake.on("GET /tags", cycling(3, UNREADABLE[total]))
    try:
        ids = [tag.id for tag in ac.paginate(ac.tags.list_tags, page_size=10)]
    except errors.ResponseParseError:
        assert len(fake.requests) == 1
    else:  # a model that reads it anyway: the walk still ends, each id once
        assert len(ids) == len(set(ids)) and len(fake.requests) <= 4


def test_pages_of_a_cycling_server_end_too(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", cycling(3, "1000000000"))
    pages = list(ac.paginate(ac.tags.list_tags, page_size=10).pages())
    assert len(pages) == 3
    assert len({tag.id for page in pages for tag in page.items}) == 30


def test_pages_overlapping_in_part_yield_each_id_once(ac: ActiveCampaign, fake: FakeApi) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        assert offset < 10_000
        start = offset // 2  # every page repeats half of the one before
        page = [{"id": str(i), "tag": "t"} for i in range(start, min(start + 10, 35))]
        return reply(200, {"tags": page, "meta": {"total": "1000000000"}})

    fake.on("GET /tags", answer)
    ids = [tag.id for tag in ac.paginate(ac.tags.list_tags, page_size=10)]
    assert len(ids) == len(set(ids))
    assert set(ids) == {str(i) for i in range(35)}


@pytest.mark.parametrize("total", ["absent", "billion"])
def test_a_keyset_walk_over_a_server_ignoring_id_greater_ends(ac: ActiveCampaign, fake: FakeApi, total: str) -> None:
    fake.on("GET /contacts", cycling(2, TOTALS[total], item="contacts"))
    ids = [contact.id for contact in ac.paginate(ac.contacts.list_contacts, page_size=10)]
    assert all("id_greater" in r.url.params or i == 0 for i, r in enumerate(fake.requests)), "walked by id"
    assert len(ids) == len(set(ids)) == 20
    assert len(fake.requests) == 3


SEGMENT, RUN = "seg-1", "run-1"


def segment_run(ready: bool, matches: list[str], page: int, last: int) -> dict[str, Any]:
    attributes: dict[str, Any] = {
        "run_id": RUN,
        "run_id_start": "2025-03-03T12:00:00.523Z",
        "is_ready": ready,
        "segment_id": SEGMENT,
    }
    if ready:
        attributes |= {"matches": matches, "page": {"current_page": page, "last_page": last, "total": 10**9}}
    return {"data": [{"id": f"{RUN}-1", "type": "matchAll", "attributes": attributes}]}


@pytest.mark.parametrize("shape", ["repeated", "empty"])
def test_a_segment_run_claiming_a_billion_pages_ends(ac: ActiveCampaign, fake: FakeApi, shape: str) -> None:
    def result(request: httpx.Request) -> httpx.Response:
        assert len(fake.requests) <= CAP, "the walk does not end"
        page = int(request.url.params["page"])
        matches = ["1", "2", "3"] if shape == "repeated" or page == 1 else []
        return reply(200, segment_run(True, matches, page, 10**9))

    fake.on(f"GET /segmentMatchAll/{SEGMENT}", reply(200, segment_run(True, ["1", "2", "3"], 1, 10**9)))
    fake.on(f"GET /segmentMatchAll/{SEGMENT}/{RUN}", result)
    assert list(ac.segment_contact_ids(SEGMENT, page_size=3)) == ["1", "2", "3"]
    assert len(fake.requests) == 2


@pytest.mark.parametrize(
    "options",
    [
        {"wait": math.nan},
        {"wait": math.inf},
        {"wait": -1},
        {"wait": "5"},
        {"wait": 10**9},
        {"poll": -1},
        {"poll": 0},
        {"poll": "0.1"},
        {"poll": math.nan},
        {"poll": True},
    ],
)
def test_segment_timing_options_are_checked_before_any_request(
    ac: ActiveCampaign, fake: FakeApi, options: dict[str, Any]
) -> None:
    fake.on(f"GET /segmentMatchAll/{SEGMENT}", reply(200, segment_run(False, [], 1, 1)))
    with pytest.raises(errors.InvalidInputError, match=r"wait|poll"):
        list(ac.segment_contact_ids(SEGMENT, **options))
    assert fake.requests == []


def test_a_segment_run_never_ready_polls_paced_and_ends_at_its_wait(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on(f"GET /segmentMatchAll/{SEGMENT}", reply(200, segment_run(False, [], 1, 1)))
    fake.on(f"GET /segmentMatchAll/{SEGMENT}/{RUN}", reply(200, segment_run(False, [], 1, 1)))
    with pytest.raises(errors.SegmentMatchError, match="not ready"):
        list(ac.segment_contact_ids(SEGMENT, wait=0.3, poll=0.05))
    gaps = [b - a for a, b in zip(fake.times, fake.times[1:], strict=False)]
    assert len(fake.requests) <= 5 and all(gap >= 0.04 for gap in gaps), "paced polls, doubling"


@pytest.mark.parametrize(
    "field", ["poll_initial", "poll_max", "poll_timeout", "rate_limited_wait", "max_wait", "max_resubmits"]
)
@pytest.mark.parametrize("value", [math.nan, math.inf, -1, "0.1", None, True])
def test_import_policy_timings_are_checked_at_construction(field: str, value: object) -> None:
    with pytest.raises(errors.InvalidInputError, match=field):
        ImportPolicy(**{field: value})  # type: ignore[arg-type]


def test_import_policy_bounds() -> None:
    with pytest.raises(errors.InvalidInputError, match="poll_initial"):
        ImportPolicy(poll_initial=0)  # a poll loop without a pause would spin
    with pytest.raises(errors.InvalidInputError, match="poll_max"):
        ImportPolicy(poll_initial=5, poll_max=1)
    with pytest.raises(errors.InvalidInputError, match="max_wait"):
        ImportPolicy(max_wait=10**7)
    policy = ImportPolicy(max_wait=2)
    assert policy.capped(86400) == 2 and policy.capped(math.nan) == 2 and policy.capped(-5) == 0


def test_a_day_long_retry_after_waits_max_wait(connect: Any, fake: FakeApi) -> None:
    fake.on(
        "POST /import/bulk_import",
        reply(429, {"message": "slow down"}, {"Retry-After": "86400"}),
        reply(200, {"success": 1, "queued_contacts": 1, "batchId": "b1"}),
    )
    policy = ImportPolicy(max_wait=0.05, rate_limited_wait=0.05)
    from .conftest import BASE_URL, FAST, TOKEN

    ac = connect(fake.handle, BASE_URL, TOKEN, import_policy=policy, backoff=FAST)
    result = ac.bulk_import([{"email": "a@example.com"}], wait=False)
    assert [row.status for row in result.rows] == ["queued"]
    assert fake.times[1] - fake.times[0] < 2, "the day-long Retry-After was capped by max_wait"
