"""`paginate` walks limit/offset pages lazily and stops on a short page, meta.total or a repeated page."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign
from activecampaign_sdk.errors import InvalidInputError

from .conftest import FakeApi, reply


def tags_of(total: int, *, report_total: bool = True, ignore_offset: bool = False) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        start = 0 if ignore_offset else offset
        page = [{"id": str(i), "tag": f"t{i}"} for i in range(start, min(start + limit, total))]
        body: dict[str, Any] = {"tags": page, "meta": {"total": str(total)} if report_total else {}}
        return reply(200, body)

    return answer


def offsets(fake: FakeApi) -> list[tuple[str, str]]:
    return [(r.url.params["limit"], r.url.params["offset"]) for r in fake.requests]


def test_walks_every_page_and_stops_on_the_short_one(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(250, report_total=False))
    ids = [tag.id for tag in ac.paginate(ac.tags.list_tags, filters_search_contains="t")]
    assert ids == [str(i) for i in range(250)]
    assert offsets(fake) == [("100", "0"), ("100", "100"), ("100", "200")]
    assert all(r.url.params["filters[search][contains]"] == "t" for r in fake.requests)


def test_page_size_and_a_start_offset(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(120))
    ids = [tag.id for tag in ac.paginate(ac.tags.list_tags, page_size=50, offset=10)]
    assert ids == [str(i) for i in range(10, 120)]
    assert offsets(fake) == [("50", "10"), ("50", "60"), ("50", "110")]


def test_stops_on_meta_total_without_an_empty_last_request(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(200))
    assert len(list(ac.paginate(ac.tags.list_tags))) == 200
    assert offsets(fake) == [("100", "0"), ("100", "100")]


def test_stops_when_the_server_ignores_offset(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(500, report_total=False, ignore_offset=True))
    ids = [tag.id for tag in ac.paginate(ac.tags.list_tags)]
    assert ids == [str(i) for i in range(100)], "each item once, then the walk ends"
    assert offsets(fake) == [("100", "0"), ("100", "100")]


def test_empty_collection_is_one_request(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(0))
    assert list(ac.paginate(ac.tags.list_tags)) == []
    assert len(fake.requests) == 1


def test_is_lazy_one_page_at_a_time(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(1000))
    items = iter(ac.paginate(ac.tags.list_tags, page_size=10))
    assert fake.requests == [], "nothing is fetched before iteration"
    first = [next(items) for _ in range(10)]
    assert len(first) == 10 and len(fake.requests) == 1
    next(items)
    assert len(fake.requests) == 2


def test_pages_carry_items_offset_total_and_has_more(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(120))
    pages = list(ac.paginate(ac.tags.list_tags, page_size=50).pages())
    assert [(p.offset, len(p.items), p.total, p.has_more, p.next_offset) for p in pages] == [
        (0, 50, 120, True, 50),
        (50, 50, 120, True, 100),
        (100, 20, 120, False, None),
    ]
    assert pages[0].items[0].tag == "t0"


@pytest.mark.parametrize("size", [0, 101, -1, True, "10"])
def test_page_size_outside_1_to_100_is_rejected_locally(ac: ActiveCampaign, fake: FakeApi, size: Any) -> None:
    with pytest.raises(InvalidInputError, match="page_size"):
        ac.paginate(ac.tags.list_tags, page_size=size)
    assert fake.requests == []


def test_limit_belongs_to_the_walk(ac: ActiveCampaign, fake: FakeApi) -> None:
    with pytest.raises(InvalidInputError, match="page_size"):
        ac.paginate(ac.tags.list_tags, limit=10)
    assert fake.requests == []


def test_page_size_beside_path_parameters(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /deals/7/dealActivities", reply(200, {"dealActivities": [{"id": "1"}], "meta": {"total": "1"}}))
    walk = ac.deal_activities.list_deal_deal_activities
    assert [a.id for a in ac.paginate(walk, "7")] == ["1"]
    assert [a.id for a in ac.paginate(walk, page_size=5, id="7")] == ["1"]
    assert [a.id for a in ac.paginate(walk, 5, "7")] == ["1"]
    assert [r.url.params["limit"] for r in fake.requests] == ["100", "5", "5"]


def test_negative_offset_is_rejected_locally(ac: ActiveCampaign, fake: FakeApi) -> None:
    with pytest.raises(InvalidInputError, match="offset"):
        ac.paginate(ac.tags.list_tags, offset=-5)
    assert fake.requests == []


def test_non_list_operation_is_refused_before_any_request(ac: ActiveCampaign, fake: FakeApi) -> None:
    with pytest.raises(InvalidInputError, match="list operation"):
        ac.paginate(ac.tags.get_tag, "1")  # type: ignore[call-overload]
    assert fake.requests == []
