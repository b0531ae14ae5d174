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
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress

from pyrate_limiter import Limiter, RedisStateStore, StateBucket, TokenBucket

from .errors import ActiveCampaignError
from .rate_limit import DEFAULT_RATE, WAIT_SLACK_MS, token_bucket_rate

try:
    import redis
    import redis.asyncio as redis_async
    from redis.exceptions import LockError
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("RedisRateLimiter needs the redis extra: pip install 'activecampaign-sdk[redis]'") from exc

KEY_PREFIX = "activecampaign-sdk:rate:"
LOCK_PREFIX = "activecampaign-sdk:create:"
# A create by name is a look-up and one POST: seconds. The TTL frees the lock of a process that died.
NAME_LOCK_TTL = 30.0
NAME_LOCK_WAIT = 60.0


class NameLockTimeoutError(ActiveCampaignError):
    """Another process held the lock for creating this name longer than `NAME_LOCK_WAIT`; nothing was created."""


class RedisRateLimiter:
    """Token bucket at `requests_per_second`, shared through Redis under `key` (use one key per account)."""

    def __init__(self, url: str, *, key: str, requests_per_second: float = DEFAULT_RATE, burst: int = 1) -> None:
        self.url = url
        self.key = KEY_PREFIX + key.lower()
        self.requests_per_second = requests_per_second
        self._rate = token_bucket_rate(requests_per_second, burst)
        self._lock = threading.Lock()
        self._sync: tuple[redis.Redis, Limiter] | None = None
        # redis.asyncio connections belong to the event loop that made them: one client per loop.
        self._per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Limiter] = weakref.WeakKeyDictionary()

    def _limiter(self, client: redis.Redis | redis_async.Redis) -> Limiter:
        store = RedisStateStore(client, self.key)
        return Limiter(StateBucket([self._rate], algorithm=TokenBucket(), store=store), buffer_ms=WAIT_SLACK_MS)

    def acquire(self) -> None:
        self._connection()[1].try_acquire(self.key)

    async def acquire_async(self) -> None:
        loop = asyncio.get_running_loop()
        limiter = self._per_loop.get(loop)
        if limiter is None:
            limiter = self._per_loop[loop] = self._limiter(redis_async.Redis.from_url(self.url))
        await limiter.try_acquire_async(self.key)

    def _lock_key(self, kind: str, name: str) -> str:
        # Hashed: names may hold any character; casefolded as the API compares names.
        digest = hashlib.sha256(name.strip().casefold().encode()).hexdigest()[:32]
        return f"{LOCK_PREFIX}{self.key.removeprefix(KEY_PREFIX)}:{kind}:{digest}"

    def _connection(self) -> tuple[redis.Redis, Limiter]:
        with self._lock:
            if self._sync is None:
                client = redis.Redis.from_url(self.url)
                self._sync = (client, self._limiter(client))
            return self._sync

    @contextmanager
    def name_lock(self, kind: str, name: str) -> Iterator[None]:
        """Hold the account-wide lock for creating the `kind` called `name` (every process sharing the key)."""
        lock = self._connection()[0].lock(
            self._lock_key(kind, name), timeout=NAME_LOCK_TTL, blocking_timeout=NAME_LOCK_WAIT, sleep=0.01
        )
        if not lock.acquire():
            raise NameLockTimeoutError(f"another process is creating the {kind} {name!r}; gave up waiting")
        try:
            yield
        finally:
            with suppress(LockError):  # the TTL ran out and the lock is another's now: it is left alone
                lock.release()

    @asynccontextmanager
    async def name_lock_async(self, kind: str, name: str) -> AsyncIterator[None]:
        client = redis_async.Redis.from_url(self.url)
        try:
            lock = client.lock(
                self._lock_key(kind, name), timeout=NAME_LOCK_TTL, blocking_timeout=NAME_LOCK_WAIT, sleep=0.01
            )
            if not await lock.acquire():
                raise NameLockTimeoutError(f"another process is creating the {kind} {name!r}; gave up waiting")
            try:
                yield
            finally:
                with suppress(LockError):
                    await lock.release()
        finally:
            await client.aclose()

    def reset(self) -> None:
        """Forget the bucket's state (a full bucket again), for every process sharing the key."""
        with redis.Redis.from_url(self.url) as client:
            client.delete(self.key)

    def close(self) -> None:
        with self._lock:
            if self._sync is not None:
                self._sync[0].close()
                self._sync = None

    def __repr__(self) -> str:
        # The URL may carry a Redis password: show the key and rate only.
        return f"RedisRateLimiter(key={self.key!r}, {self.requests_per_second}/s)"
