"""Client-side rate limiting: ActiveCampaign allows 5 requests per second per account.

Every request attempt (retries included) takes one permit first. The default
limiter is an in-process token bucket, one per (account, rate) in the process,
so every thread, task and client object of the process that talks to the same
account shares one budget. Pass `limiter=` for anything else, e.g.
`activecampaign_sdk.redis_limiter.RedisRateLimiter` to share it across processes.
"""

from __future__ import annotations

import math
import threading
import time
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from pyrate_limiter import Rate

DEFAULT_RATE = 5.0
# The Redis limiter (pyrate-limiter) sleeps the computed wait plus this slack before
# trying again. Its default (50 ms) suits bursty buckets; with evenly spaced permits
# (200 ms apart at 5/s) it would add a quarter to every wait and cut the rate to 4/s.
WAIT_SLACK_MS = 1


@runtime_checkable
class RateLimiter(Protocol):
    """Blocks (or awaits) until one more request may be sent."""

    def acquire(self) -> None: ...

    async def acquire_async(self) -> None: ...


def permit_interval(requests_per_second: float, burst: int = 1) -> float:
    """Seconds between permits at this rate (whole milliseconds), after checking the rate and burst."""
    if not math.isfinite(requests_per_second) or requests_per_second <= 0:
        raise ValueError(f"rate_limit must be a positive number of requests per second, got {requests_per_second!r}")
    if burst < 1:
        raise ValueError(f"burst must be at least 1, got {burst!r}")
    return max(1, round(1000 / requests_per_second)) / 1000


def token_bucket_rate(requests_per_second: float, burst: int = 1) -> Rate:
    """pyrate-limiter's rate (for the Redis limiter): one token every 1/rate seconds, at most `burst` saved up.

    The default burst of 1 spaces requests evenly, so no rolling second ever
    holds more than the rate: a full bucket of 5 on top of 5 refills would let
    up to 9 requests into one second, and the API answers those with 429s.
    """
    from pyrate_limiter import Rate  # imported here: only the Redis limiter needs it

    return Rate(1, round(permit_interval(requests_per_second, burst) * 1000), burst=burst)


class TokenBucketLimiter:
    """An in-process token bucket (GCRA), safe across threads and event loops.

    Each caller reserves the next permit's time under a lock and then sleeps
    until it, so permits are handed out exactly 1/rate apart however many
    callers wait. (pyrate-limiter's polling loop, used before, let waiters wake
    late and lose that time: 44 of 50 permits a second under a 10-thread burst.)
    """

    def __init__(
        self, requests_per_second: float = DEFAULT_RATE, *, burst: int = 1, name: str = "activecampaign"
    ) -> None:
        self.requests_per_second = requests_per_second
        self._name = name
        self._interval = permit_interval(requests_per_second, burst)
        self._saved = (burst - 1) * self._interval  # how far back unused permits are kept
        self._next = -math.inf  # when the next permit may be used
        self._lock = threading.Lock()

    def _reserve(self) -> float:
        """Takes the next permit; the seconds to wait before using it."""
        with self._lock:
            now = time.monotonic()
            start = max(self._next, now - self._saved)
            self._next = start + self._interval
            return start - now

    def acquire(self) -> None:
        wait = self._reserve()
        if wait > 0:
            time.sleep(wait)

    async def acquire_async(self) -> None:
        wait = self._reserve()
        if wait > 0:
            import asyncio  # here, not at the top: sync users should not pay for importing asyncio

            await asyncio.sleep(wait)

    def __repr__(self) -> str:
        return f"TokenBucketLimiter({self.requests_per_second}/s)"


class NoRateLimit:
    """Sends at once; for tests and for callers that limit elsewhere."""

    def acquire(self) -> None:
        return None

    async def acquire_async(self) -> None:
        return None


_shared: dict[tuple[str, float], TokenBucketLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(account: str, requests_per_second: float = DEFAULT_RATE) -> TokenBucketLimiter:
    """The process-wide limiter of `account` (the API host) at this rate."""
    key = (account.lower(), float(requests_per_second))
    with _shared_lock:
        limiter = _shared.get(key)
        if limiter is None:
            limiter = _shared[key] = TokenBucketLimiter(requests_per_second, name=account.lower())
        return limiter


# Bulk imports have their own budget on top of the request rate: 100 per minute per account.
IMPORTS_PER_MINUTE = 100
_shared_imports: dict[str, TokenBucketLimiter] = {}


def shared_import_limiter(account: str) -> TokenBucketLimiter:
    """The process-wide bulk import limiter of `account` (the API host): 100 imports per minute, evenly spaced."""
    key = account.lower()
    with _shared_lock:
        limiter = _shared_imports.get(key)
        if limiter is None:
            limiter = _shared_imports[key] = TokenBucketLimiter(IMPORTS_PER_MINUTE / 60, name=f"{key}:imports")
        return limiter
