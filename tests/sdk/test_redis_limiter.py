"""The Redis limiter holds several processes, threads and tasks to one budget.

Runs a real `redis-server` (tests/redis_server.py) on 127.0.0.1 at a free
port for the module, and stops it afterwards.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign
from activecampaign_sdk.redis_limiter import RedisRateLimiter

from ..redis_server import running_redis
from ..timing import Lateness
from .conftest import TOKEN, FakeApi, async_client, reply

RATE = 10.0


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with running_redis() as url:
        yield url


def floor_seconds(requests: int) -> float:
    return (requests - 1) / RATE


WORKER = """
import json, sys, time
from activecampaign_sdk.redis_limiter import RedisRateLimiter
limiter = RedisRateLimiter(sys.argv[1], key=sys.argv[2], requests_per_second=float(sys.argv[3]))
times = []
for _ in range(int(sys.argv[4])):
    limiter.acquire()
    times.append(time.time())
print(json.dumps(times))
"""


def test_processes_share_one_budget(redis_url: str) -> None:
    key, per_process, processes = "processes.api-us1.com", 15, 3
    RedisRateLimiter(redis_url, key=key).reset()
    args = [redis_url, key, str(RATE), str(per_process)]
    with Lateness() as lateness:
        workers = [
            subprocess.Popen([sys.executable, "-c", WORKER, *args], stdout=subprocess.PIPE, text=True)
            for _ in range(processes)
        ]
        times = sorted(t for w in workers for t in json.loads(w.communicate(timeout=60)[0]))
    total = per_process * processes
    assert len(times) == total
    # Permits arrive one every 1/RATE seconds across all processes together.
    achieved = (len(times) - 1) / (times[-1] - times[0])
    assert lateness.lower_rate(RATE * 0.95) <= achieved <= RATE * 1.05, (achieved, lateness.describe())


def test_client_threads_share_the_redis_budget(redis_url: str, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    limiter = RedisRateLimiter(redis_url, key="threads.api-us1.com", requests_per_second=RATE)
    limiter.reset()
    http = httpx.Client(transport=httpx.MockTransport(fake.handle))
    with http, ActiveCampaign("https://a.api-us1.com", TOKEN, limiter=limiter, httpx_client=http) as client:
        threads = [threading.Thread(target=lambda: [client.tags.get_tag("1") for _ in range(8)]) for _ in range(3)]
        with Lateness() as lateness:
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
    limiter.close()
    assert len(fake.requests) == 24
    floor = floor_seconds(24)
    assert floor * 0.95 <= elapsed <= lateness.upper(floor * 1.3 + 0.2), (elapsed, lateness.describe())


def test_async_tasks_share_the_redis_budget(redis_url: str, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    limiter = RedisRateLimiter(redis_url, key="tasks.api-us1.com", requests_per_second=RATE)
    limiter.reset()

    async def scenario() -> float:
        async with async_client(fake, limiter=limiter) as client:
            started = time.monotonic()
            await asyncio.gather(*(client.tags.get_tag("1") for _ in range(25)))
            return time.monotonic() - started

    with Lateness() as lateness:
        elapsed = asyncio.run(scenario())
    floor = floor_seconds(25)
    assert floor * 0.95 <= elapsed <= lateness.upper(floor * 1.3 + 0.2), (elapsed, lateness.describe())


def test_repr_hides_the_redis_url(redis_url: str) -> None:
    limiter = RedisRateLimiter("redis://:s3cret@127.0.0.1:1/0", key="acct")
    assert "s3cret" not in repr(limiter) and "acct" in repr(limiter)


SYNCING_WORKER = """
import asyncio, json, sys
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign
from activecampaign_sdk.redis_limiter import RedisRateLimiter

url, token, redis_url, flavour = sys.argv[1:5]
limiter = RedisRateLimiter(redis_url, key="two-processes.api-us1.com", requests_per_second=400)
rows = [{"email": f"p{n}@example.com", "tags": ["Alpha", "Beta", "Gamma"]} for n in range(20)]
if flavour == "sync":
    with ActiveCampaign(url, token, limiter=limiter) as ac:
        result = ac.upsert_contacts(rows, concurrency=5)
else:
    async def main():
        async with AsyncActiveCampaign(url, token, limiter=limiter) as ac:
            return await ac.upsert_contacts(rows, concurrency=5)
    result = asyncio.run(main())
print(json.dumps([str(failure.error) for failure in result.failed]))
"""


def test_two_processes_sharing_the_redis_limiter_create_each_tag_once(redis_url: str) -> None:
    from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

    # The account answers each request after 20 ms, so both processes' look-ups overlap.
    with LocalActiveCampaign(ServerConfig(rate_per_second=0, latency=0.02)) as server:
        args = [server.base_url, server.config.token, redis_url]
        workers = [
            subprocess.Popen([sys.executable, "-c", SYNCING_WORKER, *args, flavour], stdout=subprocess.PIPE, text=True)
            for flavour in ("sync", "async")
        ]
        failures = [json.loads(worker.communicate(timeout=120)[0]) for worker in workers]
        names = sorted(tag["tag"] for tag in server.account.tags.values())
        creates = server.requests("POST", "/tags")
    assert failures == [[], []]
    assert names == ["Alpha", "Beta", "Gamma"], "each tag created once across both processes"
    assert len(creates) == 3


def test_the_name_lock_expires_and_is_released_only_by_its_holder(redis_url: str) -> None:
    import redis

    limiter = RedisRateLimiter(redis_url, key="locks.api-us1.com")
    key = limiter._lock_key("tag:contact", "VIP")
    with redis.Redis.from_url(redis_url) as client:
        with limiter.name_lock("tag:contact", " vip "):  # the same name as the API compares names
            token = client.get(key)
            assert token and 0 < client.pttl(key) <= 30_000
            client.set(key, b"another holder's token")  # as if our TTL ran out and another process took it
        assert client.get(key) == b"another holder's token", "not released by a process that no longer holds it"
        client.delete(key)
        with limiter.name_lock("tag:contact", "VIP"):
            assert client.exists(key)
        assert not client.exists(key)
    limiter.close()
