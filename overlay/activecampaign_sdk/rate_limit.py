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
from collections import deque
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .errors import InvalidInputError

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
    if (
        isinstance(requests_per_second, bool)
        or not isinstance(requests_per_second, int | float)
        or not math.isfinite(requests_per_second)
        or requests_per_second <= 0
    ):
        raise InvalidInputError(
            f"rate_limit must be a positive number of requests per second, got {requests_per_second!r}"
        )
    if isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
        raise InvalidInputError(f"burst must be at least 1, got {burst!r}")
    return max(1, round(1000 / requests_per_second)) / 1000


def token_bucket_rate(requests_per_second: float, burst: int = 1) -> Rate:
    """pyrate-limiter's rate (for the Redis limiter): one token every 1/rate seconds, at most `burst` saved up.

    The default burst of 1 spaces requests evenly, so no rolling second ever
    holds more than the rate: a full bucket of 5 on top of 5 refills would let
    up to 9 requests into one second, and the API answers those with 429s.
    """
    from pyrate_limiter import Rate  # imported here: only the Redis limiter needs it

    return Rate(1, round(permit_interval(requests_per_second, burst) * 1000), burst=burst)


class _ReservingLimiter:
    """A limiter whose `_reserve` books the caller's permit under a lock and says when it may be used.

    A caller that gives up before that time (a cancelled task, an interrupted sleep) hands the booking
    back with `_cancel`, so the permit is not lost: without that, 50 calls cancelled while waiting on a
    5/s limiter would push the next call 10 s out although only one request was sent.
    """

    def _reserve(self) -> float:
        """Books the next permit; the `time.monotonic()` at which it may be used."""
        raise NotImplementedError

    def _cancel(self, start: float) -> None:
        """Returns the permit booked for `start`, if that time has not come yet."""
        raise NotImplementedError

    def acquire(self) -> None:
        start = self._reserve()
        wait = start - time.monotonic()
        if wait > 0:
            try:
                time.sleep(wait)
            except BaseException:  # KeyboardInterrupt, or a signal handler's exception
                self._cancel(start)
                raise

    async def acquire_async(self) -> None:
        start = self._reserve()
        wait = start - time.monotonic()
        if wait > 0:
            import asyncio  # here, not at the top: sync users should not pay for importing asyncio

            try:
                await asyncio.sleep(wait)
            except BaseException:  # CancelledError above all: asyncio.wait_for, a task group, a timeout
                self._cancel(start)
                raise


class TokenBucketLimiter(_ReservingLimiter):
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
        # Bookings whose time has not come: the ones a cancelled caller may still give back. Their times
        # only grow, in booking order. `_last_due` is the latest booking whose time has come.
        self._pending: deque[float] = deque()
        self._last_due = -math.inf
        self._lock = threading.Lock()

    def _reserve(self) -> float:
        with self._lock:
            now = time.monotonic()
            while self._pending and self._pending[0] <= now:
                self._last_due = self._pending.popleft()
            start = max(self._next, now - self._saved)
            self._next = start + self._interval
            self._pending.append(start)
            return start

    def _cancel(self, start: float) -> None:
        with self._lock:
            if start <= time.monotonic() or start not in self._pending:
                return  # its time has come: it may have been used, so it stays spent
            self._pending.remove(start)
            # The next permit follows the latest booking still standing, so no two bookings that remain
            # (sleepers keep their times) are ever closer than one interval; a hole left between two of
            # them stays unused, which errs on the slow side.
            latest = self._pending[-1] if self._pending else self._last_due
            self._next = latest + self._interval

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
    permit_interval(requests_per_second)  # checked before the cache: "5" must not find the limiter of 5.0
    key = (account.lower(), float(requests_per_second))
    with _shared_lock:
        limiter = _shared.get(key)
        if limiter is None:
            limiter = _shared[key] = TokenBucketLimiter(requests_per_second, name=account.lower())
        return limiter


class SlidingWindowLimiter(_ReservingLimiter):
    """At most `limit` permits in any `window` seconds (a sliding log), safe across threads and event loops.

    This is how the API counts bulk imports (100 in any minute), so the first `limit` permits
    go at once. A token bucket at `limit / window` would space even those 0.6 s apart and make
    a 40-batch import wait 24 s for permits the API would have granted at once. Like
    `TokenBucketLimiter`, each caller reserves its permit's time under a lock, then sleeps until it.
    `slack` lengthens the window: a permit is taken before the request limiter and the network,
    so the API may count a request later than its permit, and an earlier one later still.
    """

    def __init__(self, limit: int, window: float, *, slack: float = 0.0, name: str = "activecampaign") -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise InvalidInputError(f"limit must be at least 1, got {limit!r}")
        numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (window, slack))
        if not numbers or not math.isfinite(window) or window <= 0 or not math.isfinite(slack) or slack < 0:
            raise InvalidInputError(f"window must be positive and slack not negative, got {window!r} and {slack!r}")
        self.limit = limit
        self.window = window
        self.requests_per_second = limit / window
        self._span = window + slack
        self._name = name
        # The times of the permits that still count (used within the span, or booked), in order. Not
        # capped at `limit` entries: a cancelled booking is removed from the middle, and the permits before
        # it must still be there to count.
        self._granted: deque[float] = deque()
        self._lock = threading.Lock()

    def _reserve(self) -> float:
        with self._lock:
            now = time.monotonic()
            while self._granted and self._granted[0] + self._span <= now:
                self._granted.popleft()  # out of every window from now on
            start = now
            if len(self._granted) >= self.limit:
                start = max(now, self._granted[-self.limit] + self._span)
            self._granted.append(start)
            return start

    def _cancel(self, start: float) -> None:
        with self._lock:
            if start > time.monotonic() and start in self._granted:
                # Any `limit` permits left in a row still span the window: dropping one only widens gaps.
                self._granted.remove(start)

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter({self.limit} per {self.window:g}s)"


# Bulk imports have their own budget on top of the request rate: 100 per minute per account.
IMPORTS_PER_MINUTE = 100
# Seconds added to the import limiter's minute (see SlidingWindowLimiter's `slack`).
IMPORT_WINDOW_SLACK = 1.0
_shared_imports: dict[str, SlidingWindowLimiter] = {}


def shared_import_limiter(account: str) -> SlidingWindowLimiter:
    """The process-wide bulk import limiter of `account` (the API host): 100 imports in any minute."""
    key = account.lower()
    with _shared_lock:
        limiter = _shared_imports.get(key)
        if limiter is None:
            limiter = _shared_imports[key] = SlidingWindowLimiter(
                IMPORTS_PER_MINUTE, 60.0, slack=IMPORT_WINDOW_SLACK, name=f"{key}:imports"
            )
        return limiter
