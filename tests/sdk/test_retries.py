"""Idempotent requests are retried on 429/502/503/504, connection errors and timeouts; creates never."""

from __future__ import annotations

import time

import httpx
import pytest
from activecampaign_api.models import TagCreateRequest, TagCreateRequestTag
from activecampaign_sdk import ActiveCampaign, NoRateLimit, errors
from activecampaign_sdk.retries import Backoff, is_idempotent

from ..parity import Connector
from ..spec import document
from .conftest import TOKEN, FakeApi, reply

TAG = {"tag": {"id": "1", "tag": "a"}}


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_is_retried_then_succeeds(ac: ActiveCampaign, fake: FakeApi, status: int) -> None:
    fake.on("GET /tags/1", reply(status, {"message": "busy"}), reply(200, TAG))
    assert ac.tags.get_tag("1").tag.tag == "a"
    assert len(fake.requests) == 2


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
def test_transport_failures_are_retried(ac: ActiveCampaign, fake: FakeApi, failure: Exception) -> None:
    fake.on("DELETE /tags/1", failure, reply(200, {}))
    ac.tags.delete_tag("1")
    assert len(fake.requests) == 2


def test_retries_stop_after_max_retries(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(503, "<html>down</html>"))
    with pytest.raises(errors.InternalServerError):
        ac.tags.get_tag("1")
    assert len(fake.requests) == 4  # the first attempt and max_retries=3 more


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 500])
def test_other_statuses_are_not_retried(ac: ActiveCampaign, fake: FakeApi, status: int) -> None:
    fake.on("GET /tags/1", reply(status, {}))
    with pytest.raises(errors.APIStatusError):
        ac.tags.get_tag("1")
    assert len(fake.requests) == 1


@pytest.mark.parametrize("failure", [reply(503, {}), reply(429, {}), httpx.ReadTimeout("slow")])
def test_a_create_is_never_sent_twice(ac: ActiveCampaign, fake: FakeApi, failure: object) -> None:
    fake.on("POST /tags", failure, reply(201, TAG))  # type: ignore[arg-type]
    body = TagCreateRequest(tag=TagCreateRequestTag(tag="a", tag_type="contact"))
    with pytest.raises(errors.ActiveCampaignError):
        ac.tags.create_tag(body=body)
    assert len(fake.requests) == 1


def test_post_marked_idempotent_in_the_spec_is_retried(ac: ActiveCampaign, fake: FakeApi) -> None:
    contact = {"contact": {"id": "1", "email": "a@example.com"}}
    fake.on("POST /contact/sync", reply(502, "<html>bad gateway</html>"), reply(201, contact))
    assert ac.request("POST", "/contact/sync", json={"contact": {"email": "a@example.com"}}) == contact
    assert len(fake.requests) == 2


def test_every_operation_marked_x_idempotent_is_retryable() -> None:
    marked = [
        (method, path)
        for path, item in document()["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and operation.get("x-idempotent") is True
    ]
    assert marked, "the spec marks some operations x-idempotent"
    for method, path in marked:
        concrete = path.replace("{", "").replace("}", "")
        assert is_idempotent(method, concrete), (method, path)


def test_idempotency_rules_come_from_the_spec() -> None:
    assert is_idempotent("GET", "/contacts")
    assert is_idempotent("PUT", "/tags/5")
    assert is_idempotent("DELETE", "/contactTags/5")
    assert is_idempotent("POST", "/contact/sync")
    assert is_idempotent("POST", "/contactLists")
    assert not is_idempotent("POST", "/contacts")
    assert not is_idempotent("POST", "/tags")


def test_429_retry_after_is_honoured(fake: FakeApi, connect: Connector) -> None:
    fake.on("GET /tags/1", reply(429, {}, {"Retry-After": "0.4"}), reply(200, TAG))
    # A tiny exponential backoff: any wait near 0.4 s can only come from Retry-After.
    backoff = Backoff(initial=0.001, maximum=0.002)
    client = connect(fake.handle, "https://a.api-us1.com", TOKEN, limiter=NoRateLimit(), backoff=backoff)
    client.tags.get_tag("1")
    gap = fake.times[1] - fake.times[0]
    assert 0.38 <= gap < 1.0, gap


def test_429_burst_is_absorbed(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on(
        "GET /tags",
        *[reply(429, {"message": "Too Many Requests"}, {"Retry-After": "0"})] * 3,
        reply(200, {"tags": [], "meta": {"total": "0"}}),
    )
    assert ac.tags.list_tags().tags == []
    assert len(fake.requests) == 4


def test_backoff_grows_exponentially_with_jitter(fake: FakeApi, connect: Connector) -> None:
    fake.on("GET /tags/1", reply(503, {}))
    backoff = Backoff(initial=0.02, maximum=1.0)
    client = connect(fake.handle, "https://a.api-us1.com", TOKEN, limiter=NoRateLimit(), backoff=backoff)
    started = time.monotonic()
    with pytest.raises(errors.InternalServerError):
        client.tags.get_tag("1")
    # Full jitter: wait n is random in [0, 0.02 * 2**(n-1)], so the three together stay under 0.02 * (1 + 2 + 4).
    assert time.monotonic() - started < 0.14 + 0.2
    assert len(fake.requests) == 4


def test_a_retry_after_longer_than_a_minute_is_raised_not_slept(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(429, {"message": "Too Many Requests"}, {"Retry-After": "3600"}))
    started = time.monotonic()
    with pytest.raises(errors.RateLimitError) as caught:
        ac.tags.get_tag("1")
    assert caught.value.retry_after == 3600.0
    assert len(fake.requests) == 1 and time.monotonic() - started < 1.0


def test_a_503_past_the_rate_limit_honours_its_retry_after(fake: FakeApi, connect: Connector) -> None:
    fake.on("GET /tags/1", reply(503, {}, {"Retry-After": "0.3"}), reply(200, TAG))
    client = connect(fake.handle, "https://a.api-us1.com", TOKEN, limiter=NoRateLimit(), backoff=Backoff(0.001, 0.002))
    client.tags.get_tag("1")
    assert 0.28 <= fake.times[1] - fake.times[0] < 1.0


def test_a_503_is_never_resent_for_a_create(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /tags", reply(503, {}, {"Retry-After": "0"}), reply(201, TAG))
    with pytest.raises(errors.InternalServerError):
        ac.tags.create_tag(body=TagCreateRequest(tag=TagCreateRequestTag(tag="a", tag_type="contact")))
    assert len(fake.requests) == 1
