"""A cancelled async call gives back the limiter permit it booked and did not use.

Before: 50 calls cancelled by `asyncio.wait_for(..., 0.05)` on a 5/s limiter kept 50 bookings, and the
next call waited 10 s. Now it waits at most one interval, and no two permits that were used ever land
closer than one interval (or more than `limit` in a sliding window), however cancellations interleave.
"""

from __future__ import annotations

import asyncio
import random
import time
from itertools import pairwise

import pytest
from activecampaign_sdk import TokenBucketLimiter
from activecampaign_sdk.rate_limit import SlidingWindowLimiter

from ..timing import Lateness

RATE = 5.0
INTERVAL = 1 / RATE
MARGIN = 0.15


async def cancel_many(limiter: TokenBucketLimiter | SlidingWindowLimiter, count: int, *, together: bool) -> None:
    async def cancelled() -> None:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(limiter.acquire_async(), 0.05)

    if together:
        await asyncio.gather(*(cancelled() for _ in range(count)))
    else:
        for _ in range(count):
            await cancelled()


async def wait_of_next(limiter: TokenBucketLimiter | SlidingWindowLimiter) -> float:
    started = time.monotonic()
    await limiter.acquire_async()
    return time.monotonic() - started


def test_fifty_cancelled_calls_leave_the_next_one_at_most_one_interval_away() -> None:
    async def run() -> float:
        limiter = TokenBucketLimiter(RATE)
        await limiter.acquire_async()  # the one request sent
        await cancel_many(limiter, 50, together=True)
        return await wait_of_next(limiter)

    with Lateness() as lateness:
        waited = asyncio.run(run())
    print(f"next call after 50 cancellations waited {waited:.3f}s")
    assert waited <= lateness.upper(INTERVAL + MARGIN), lateness.describe()


def test_calls_cancelled_one_after_another_give_their_permits_back() -> None:
    async def run() -> float:
        limiter = TokenBucketLimiter(0.5)  # 2 s apart: all cancellations happen before the first booking's time
        await limiter.acquire_async()
        await cancel_many(limiter, 20, together=False)
        # Had the 20 bookings stayed, the next permit would be 42 s out; it is the one 2 s after the first.
        started = time.monotonic()
        await asyncio.wait_for(limiter.acquire_async(), 5.0)
        return time.monotonic() - started

    with Lateness() as lateness:
        waited = asyncio.run(run())
    assert waited <= lateness.upper(2.0 + MARGIN), lateness.describe()


def test_the_sliding_window_gives_cancelled_permits_back() -> None:
    async def run() -> float:
        limiter = SlidingWindowLimiter(2, 0.6)
        await limiter.acquire_async()
        await limiter.acquire_async()
        await cancel_many(limiter, 30, together=True)
        return await wait_of_next(limiter)

    with Lateness() as lateness:
        waited = asyncio.run(run())
    assert waited <= lateness.upper(0.6 + MARGIN), lateness.describe()


def test_permits_used_stay_an_interval_apart_whatever_is_cancelled() -> None:
    rng = random.Random(13)
    used: list[float] = []

    async def call(limiter: TokenBucketLimiter, patience: float) -> None:
        try:
            await asyncio.wait_for(limiter.acquire_async(), patience)
        except TimeoutError:
            return
        used.append(time.monotonic())

    async def run() -> None:
        limiter = TokenBucketLimiter(20.0)
        tasks = []
        for _ in range(60):
            tasks.append(asyncio.create_task(call(limiter, rng.choice([0.01, 0.08, 0.3, 5.0]))))
            await asyncio.sleep(rng.choice([0.0, 0.0, 0.02]))
        await asyncio.gather(*tasks)

    asyncio.run(run())
    used.sort()
    gaps = [b - a for a, b in pairwise(used)]
    assert len(used) >= 15
    # 20/s: 50 ms apart. Times are taken when each task wakes, so a busy machine can pull two of them
    # some ms closer than their permits were; two permits handed out for one slot would be ~0 ms apart.
    assert min(gaps) >= 0.05 - 0.015, min(gaps)


def test_the_sliding_window_never_grants_more_than_its_limit_with_cancellations() -> None:
    rng = random.Random(7)
    used: list[float] = []

    async def call(limiter: SlidingWindowLimiter, patience: float) -> None:
        try:
            await asyncio.wait_for(limiter.acquire_async(), patience)
        except TimeoutError:
            return
        used.append(time.monotonic())

    async def run() -> None:
        limiter = SlidingWindowLimiter(3, 0.3)
        tasks = [asyncio.create_task(call(limiter, rng.choice([0.01, 0.2, 3.0]))) for _ in range(30)]
        await asyncio.gather(*tasks)

    asyncio.run(run())
    used.sort()
    assert len(used) >= 9
    busiest = max(sum(1 for t in used if start <= t < start + 0.3 - 0.005) for start in used)
    assert busiest <= 3


@pytest.mark.parametrize("make", [lambda: TokenBucketLimiter(RATE), lambda: SlidingWindowLimiter(1, INTERVAL)])
def test_a_permit_whose_time_has_come_is_not_given_back(make: object) -> None:
    limiter = make()  # type: ignore[operator]
    start = limiter._reserve()
    limiter._cancel(start)  # due now: it may have been used
    assert limiter._reserve() >= start + INTERVAL - 1e-9
