"""The token bucket holds every thread and task of the process to the configured rate.

Measured here: N requests at R req/s (burst 1, the default) must take at
least (N - 1) / R seconds and not much longer, arrive at R per second, and
never more than R within any rolling second.
"""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, TokenBucketLimiter
from activecampaign_sdk.rate_limit import RateLimiter, SlidingWindowLimiter, shared_limiter, token_bucket_rate

from ..timing import Lateness
from .conftest import FAST, TOKEN, FakeApi, async_client, reply

RATE = 20.0
REQUESTS = 60


def expected_seconds(rate: float, requests: int) -> float:
    return (requests - 1) / rate


def achieved_rate(times: list[float]) -> float:
    """Requests per second as the server saw them arrive."""
    times = sorted(times)
    return (len(times) - 1) / (times[-1] - times[0])


def busiest_second(times: list[float]) -> int:
    return max(sum(1 for t in times if start <= t < start + 1.0) for start in times)


def test_threads_share_one_bucket(fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    limiter = TokenBucketLimiter(RATE)
    http = httpx.Client(transport=httpx.MockTransport(fake.handle))
    with http, ActiveCampaign("https://a.api-us1.com", TOKEN, limiter=limiter, httpx_client=http) as client:

        def work() -> None:
            for _ in range(REQUESTS // 4):
                client.tags.get_tag("1")

        threads = [threading.Thread(target=work) for _ in range(4)]
        with Lateness() as lateness:
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
    assert len(fake.requests) == REQUESTS
    floor = expected_seconds(RATE, REQUESTS)
    assert floor * 0.95 <= elapsed <= lateness.upper(floor * 1.25), (elapsed, lateness.describe())
    assert lateness.lower_rate(RATE * 0.95) <= achieved_rate(fake.times) <= RATE * 1.05, lateness.describe()
    # Arrival times are taken after the permit, so thread scheduling can pull arrivals closer
    # than the permits were: the measured scheduling delay bounds that jitter.
    assert busiest_second(fake.times) <= RATE + lateness.bunched(RATE), lateness.describe()


def test_asyncio_tasks_share_one_bucket(fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    limiter = TokenBucketLimiter(RATE)

    async def scenario() -> float:
        async with async_client(fake, limiter=limiter) as client:
            started = time.monotonic()
            await asyncio.gather(*(client.tags.get_tag("1") for _ in range(REQUESTS)))
            return time.monotonic() - started

    with Lateness() as lateness:
        elapsed = asyncio.run(scenario())
    floor = expected_seconds(RATE, REQUESTS)
    assert floor * 0.95 <= elapsed <= lateness.upper(floor * 1.25), (elapsed, lateness.describe())
    assert lateness.lower_rate(RATE * 0.95) <= achieved_rate(fake.times) <= RATE * 1.05, lateness.describe()
    # Arrival times are taken after the permit, so thread scheduling can pull arrivals closer
    # than the permits were: the measured scheduling delay bounds that jitter.
    assert busiest_second(fake.times) <= RATE + lateness.bunched(RATE), lateness.describe()


def test_default_limiter_is_shared_per_account_in_the_process() -> None:
    first = ActiveCampaign("https://shared.api-us1.com", TOKEN)
    second = ActiveCampaign("https://SHARED.api-us1.com/api/3", TOKEN)
    other = ActiveCampaign("https://other.api-us1.com", TOKEN)
    assert first.limiter is second.limiter is shared_limiter("shared.api-us1.com", 5.0)
    assert other.limiter is not first.limiter
    assert isinstance(first.limiter, TokenBucketLimiter) and first.limiter.requests_per_second == 5.0
    for client in (first, second, other):
        client.close()


def test_retries_take_permits_too(fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(503, {}), reply(503, {}), reply(200, {"tag": {"id": "1"}}))
    calls: list[float] = []

    class Counting:
        def acquire(self) -> None:
            calls.append(time.monotonic())

        async def acquire_async(self) -> None:
            calls.append(time.monotonic())

    counting: RateLimiter = Counting()
    http = httpx.Client(transport=httpx.MockTransport(fake.handle))
    with http, ActiveCampaign("https://a.api-us1.com", TOKEN, limiter=counting, httpx_client=http, backoff=FAST) as c:
        c.tags.get_tag("1")
    assert len(calls) == 3


def test_rate_is_validated_and_fractional_rates_work() -> None:
    with pytest.raises(ValueError, match="rate_limit"):
        token_bucket_rate(0)
    with pytest.raises(ValueError, match="burst"):
        token_bucket_rate(5, burst=0)
    rate = token_bucket_rate(2.5)
    assert (rate.limit, rate.interval, rate.burst) == (1, 400, 1)


def test_burst_lets_that_many_through_at_once() -> None:
    limiter = TokenBucketLimiter(2.0, burst=4)
    started = time.monotonic()
    for _ in range(4):
        limiter.acquire()
    assert time.monotonic() - started < 0.1
    limiter.acquire()
    assert time.monotonic() - started >= 0.45


def test_a_thread_and_an_event_loop_share_the_process_budget(fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    host = "mixed.api-us1.com"
    http = httpx.Client(transport=httpx.MockTransport(fake.handle))
    sync_client = ActiveCampaign(f"https://{host}", TOKEN, httpx_client=http, rate_limit=RATE)

    async def tasks() -> None:
        async with async_client(fake, limiter=shared_limiter(host, RATE)) as client:
            await asyncio.gather(*(client.tags.get_tag("1") for _ in range(15)))

    thread = threading.Thread(target=lambda: [sync_client.tags.get_tag("1") for _ in range(15)])
    with Lateness() as lateness:
        started = time.monotonic()
        thread.start()
        asyncio.run(tasks())
        thread.join()
        elapsed = time.monotonic() - started
    assert len(fake.requests) == 30
    floor = expected_seconds(RATE, 30)
    assert floor * 0.95 <= elapsed <= lateness.upper(floor * 1.25), (elapsed, lateness.describe())
    assert lateness.lower_rate(RATE * 0.95) <= achieved_rate(fake.times) <= RATE * 1.05, lateness.describe()


def test_the_sliding_window_grants_its_limit_at_once_then_never_more_in_any_window() -> None:
    window = 0.3
    limiter = SlidingWindowLimiter(4, window)
    started = time.monotonic()
    times = []
    for _ in range(6):
        limiter.acquire()
        times.append(time.monotonic() - started)
    assert times[3] < 0.1  # the first four at once, as the API allows 100 imports at once
    assert times[4] >= window and times[5] >= window
    assert all(sum(1 for t in times if start <= t < start + window) <= 4 for start in times)


def test_the_sliding_window_holds_async_callers_too() -> None:
    limiter = SlidingWindowLimiter(2, 0.2, slack=0.1)

    async def three() -> float:
        started = time.monotonic()
        for _ in range(3):
            await limiter.acquire_async()
        return time.monotonic() - started

    assert asyncio.run(three()) >= 0.3


def test_sliding_window_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="limit"):
        SlidingWindowLimiter(0, 60)
    with pytest.raises(ValueError, match="window"):
        SlidingWindowLimiter(100, 0)
