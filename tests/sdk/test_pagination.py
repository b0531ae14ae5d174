"""`paginate` walks limit/offset pages lazily and stops on a short page or meta.total."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign

from .conftest import FakeApi, async_client, reply


def tags_of(total: int, *, report_total: bool = True) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        page = [{"id": str(i), "tag": f"t{i}"} for i in range(offset, min(offset + limit, total))]
        body: dict[str, Any] = {"tags": page, "meta": {"total": str(total)} if report_total else {}}
        return reply(200, body)

    return answer


def offsets(fake: FakeApi) -> list[tuple[str, str]]:
    return [(r.url.params["limit"], r.url.params["offset"]) for r in fake.requests]


def test_walks_every_page_and_stops_on_the_short_one(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(250, report_total=False))
    ids = [tag.id for tag in ac.paginate(ac.tags.list_tags, page_size=100, filters_search_contains="t")]
    assert ids == [str(i) for i in range(250)]
    assert offsets(fake) == [("100", "0"), ("100", "100"), ("100", "200")]
    assert all(r.url.params["filters[search][contains]"] == "t" for r in fake.requests)


def test_stops_on_meta_total_without_an_empty_last_request(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(200))
    assert len(list(ac.paginate(ac.tags.list_tags, page_size=100))) == 200
    assert offsets(fake) == [("100", "0"), ("100", "100")]


def test_empty_collection_is_one_request(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(0))
    assert list(ac.paginate(ac.tags.list_tags)) == []
    assert len(fake.requests) == 1


def test_is_lazy_one_page_at_a_time(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(1000))
    items = ac.paginate(ac.tags.list_tags, page_size=10)
    assert fake.requests == [], "nothing is fetched before iteration"
    first = [next(items) for _ in range(10)]
    assert len(first) == 10 and len(fake.requests) == 1
    next(items)
    assert len(fake.requests) == 2


@pytest.mark.parametrize("size", [0, 101, -1])
def test_page_size_outside_1_to_100_is_rejected_locally(ac: ActiveCampaign, fake: FakeApi, size: int) -> None:
    with pytest.raises(ValueError, match="page_size"):
        ac.paginate(ac.tags.list_tags, page_size=size)
    assert fake.requests == []


def test_limit_and_offset_belong_to_paginate(ac: ActiveCampaign) -> None:
    with pytest.raises(ValueError, match="offset"):
        ac.paginate(ac.tags.list_tags, offset=5)


def test_non_list_operation_is_refused(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    with pytest.raises(TypeError, match="no required list"):
        list(ac.paginate(lambda **page: ac.tags.get_tag("1")))


def test_async_for_over_pages(fake: FakeApi) -> None:
    fake.on("GET /tags", tags_of(120))

    async def scenario() -> list[str]:
        async with async_client(fake) as client:
            return [tag.id async for tag in client.paginate(client.tags.list_tags, page_size=50)]

    assert asyncio.run(scenario()) == [str(i) for i in range(120)]
    assert offsets(fake) == [("50", "0"), ("50", "50"), ("50", "100")]
