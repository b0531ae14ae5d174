"""A rate limiter shared by every process that points at the same Redis (extra `activecampaign-sdk[redis]`).

ActiveCampaign's 5 requests/second is per account, not per process: workers,
cron jobs and web processes of one account must share it. This is the same
token bucket as the in-process default (pyrate-limiter's GCRA), with its state
in one Redis hash updated atomically by a Lua script. Its clock is the wall
clock of each process, so hosts sharing a key need synchronised clocks (NTP).

    limiter = RedisRateLimiter("redis://127.0.0.1:6379/0", key="youraccount.api-us1.com")
    ac = ActiveCampaign(url, token, limiter=limiter)

The same Redis also serialises creates by name across processes: a client whose limiter is a
`RedisRateLimiter` takes `name_lock(kind, name)` around each find-or-create (a short lock with
a TTL and a random token, released only by its holder), so two processes syncing the same rows
create each tag once.

When Redis fails (refused, unreachable, killed, frozen, answering too slowly) every operation that
needs it raises `RateLimiterUnavailableError` within `timeout` seconds per Redis command (the
connect included), and the request it guarded is not sent: nothing goes out without a permit, and
there is no silent fallback to an in-process limiter that other processes would not see. The
next call tries Redis again, so calls work again as soon as Redis is back.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from typing import Any

from pyrate_limiter import Limiter, RedisStateStore, StateBucket, TokenBucket

from .checks import seconds
from .errors import ActiveCampaignError, InvalidInputError, RateLimiterUnavailableError
from .rate_limit import DEFAULT_RATE, WAIT_SLACK_MS, token_bucket_rate

try:
    import redis
    import redis.asyncio as redis_async
    from redis.exceptions import LockError, RedisError
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("RedisRateLimiter needs the redis extra: pip install 'activecampaign-sdk[redis]'") from exc

KEY_PREFIX = "activecampaign-sdk:rate:"
LOCK_PREFIX = "activecampaign-sdk:create:"
# A create by name is a look-up and one POST: seconds. The TTL frees the lock of a process that died.
NAME_LOCK_TTL = 30.0
NAME_LOCK_WAIT = 60.0
# How long one Redis command (connecting included) may take before Redis counts as unavailable.
DEFAULT_REDIS_TIMEOUT = 2.0
# What a Redis client raises when Redis fails: its own errors, and the OS's for a socket gone bad.
_FAILURES = (RedisError, OSError)


class NameLockTimeoutError(ActiveCampaignError):
    """Another process held the lock for creating this name longer than `NAME_LOCK_WAIT`; nothing was created."""


class RedisRateLimiter:
    """Token bucket at `requests_per_second`, shared through Redis under `key` (use one key per account).

    `timeout` bounds each Redis command, connecting included: past it, or on any other Redis failure,
    the call raises `RateLimiterUnavailableError` and sends nothing.
    """

    def __init__(
        self,
        url: str,
        *,
        key: str,
        requests_per_second: float = DEFAULT_RATE,
        burst: int = 1,
        timeout: float = DEFAULT_REDIS_TIMEOUT,
    ) -> None:
        if not isinstance(url, str):
            raise InvalidInputError(f"url must be a Redis URL such as redis://host:6379/0, got {type(url).__name__}")
        if not isinstance(key, str) or not key.strip():
            raise InvalidInputError(f"key names the account the limiter is shared for, got {key!r}")
        self.url = url
        self.key = KEY_PREFIX + key.lower()
        self.requests_per_second = requests_per_second
        self.timeout = seconds(timeout, "timeout", low=0.001, high=600.0)
        self._rate = token_bucket_rate(requests_per_second, burst)
        self._lock = threading.Lock()
        self._sync: tuple[redis.Redis, Limiter] | None = None
        self._redis()  # a malformed URL is refused here, not at the first call
        # redis.asyncio connections belong to the event loop that made them: one client per loop.
        self._per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Limiter] = weakref.WeakKeyDictionary()

    def _options(self) -> dict[str, Any]:
        return {"socket_timeout": self.timeout, "socket_connect_timeout": self.timeout, "retry_on_timeout": False}

    def _redis(self) -> redis.Redis:
        try:
            return redis.Redis.from_url(self.url, **self._options())
        except ValueError as exc:
            raise InvalidInputError(f"not a Redis URL: {exc}") from None

    def _redis_async(self) -> redis_async.Redis:
        try:
            return redis_async.Redis.from_url(self.url, **self._options())
        except ValueError as exc:
            raise InvalidInputError(f"not a Redis URL: {exc}") from None

    def _unavailable(self, exc: BaseException) -> RateLimiterUnavailableError:
        # The URL may carry a password: the error names the key, never the URL.
        return RateLimiterUnavailableError(
            f"the Redis rate limiter for {self.key.removeprefix(KEY_PREFIX)!r} is unavailable "
            f"({type(exc).__name__}: {exc}); the request was not sent"
        )

    def _limiter(self, client: redis.Redis | redis_async.Redis) -> Limiter:
        store = RedisStateStore(client, self.key)
        return Limiter(StateBucket([self._rate], algorithm=TokenBucket(), store=store), buffer_ms=WAIT_SLACK_MS)

    def acquire(self) -> None:
        try:
            self._connection()[1].try_acquire(self.key)
        except _FAILURES as exc:
            raise self._unavailable(exc) from exc

    async def acquire_async(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            limiter = self._per_loop.get(loop)
            if limiter is None:
                limiter = self._per_loop[loop] = self._limiter(self._redis_async())
            await limiter.try_acquire_async(self.key)
        except _FAILURES as exc:
            raise self._unavailable(exc) from exc

    def _lock_key(self, kind: str, name: str) -> str:
        # Hashed: names may hold any character; casefolded as the API compares names.
        digest = hashlib.sha256(name.strip().casefold().encode()).hexdigest()[:32]
        return f"{LOCK_PREFIX}{self.key.removeprefix(KEY_PREFIX)}:{kind}:{digest}"

    def _connection(self) -> tuple[redis.Redis, Limiter]:
        with self._lock:
            if self._sync is None:
                client = self._redis()
                self._sync = (client, self._limiter(client))
            return self._sync

    @contextmanager
    def name_lock(self, kind: str, name: str) -> Iterator[None]:
        """Hold the account-wide lock for creating the `kind` called `name` (every process sharing the key)."""
        try:
            lock = self._connection()[0].lock(
                self._lock_key(kind, name), timeout=NAME_LOCK_TTL, blocking_timeout=NAME_LOCK_WAIT, sleep=0.01
            )
            acquired = lock.acquire()
        except _FAILURES as exc:
            raise self._unavailable(exc) from exc
        if not acquired:
            raise NameLockTimeoutError(f"another process is creating the {kind} {name!r}; gave up waiting")
        try:
            yield
        finally:
            # The TTL ran out and the lock is another's now, or Redis went away (the TTL frees it): left alone.
            with suppress(LockError, *_FAILURES):
                lock.release()

    @asynccontextmanager
    async def name_lock_async(self, kind: str, name: str) -> AsyncIterator[None]:
        client = self._redis_async()
        try:
            try:
                lock = client.lock(
                    self._lock_key(kind, name), timeout=NAME_LOCK_TTL, blocking_timeout=NAME_LOCK_WAIT, sleep=0.01
                )
                acquired = await lock.acquire()
            except _FAILURES as exc:
                raise self._unavailable(exc) from exc
            if not acquired:
                raise NameLockTimeoutError(f"another process is creating the {kind} {name!r}; gave up waiting")
            try:
                yield
            finally:
                with suppress(LockError, *_FAILURES):
                    await lock.release()
        finally:
            with suppress(*_FAILURES):
                await client.aclose()

    def reset(self) -> None:
        """Forget the bucket's state (a full bucket again), for every process sharing the key."""
        try:
            with self._redis() as client:
                client.delete(self.key)
        except _FAILURES as exc:
            raise self._unavailable(exc) from exc

    def close(self) -> None:
        with self._lock:
            if self._sync is not None:
                self._sync[0].close()
                self._sync = None

    def __repr__(self) -> str:
        # The URL may carry a Redis password: show the key and rate only.
        return f"RedisRateLimiter(key={self.key!r}, {self.requests_per_second}/s)"
