"""Every failure of the Redis limiter is a typed error within a bounded time, and nothing is sent without a permit.

Refused, accepting but never answering, killed mid-run, frozen (SIGSTOP): bound operations, `request()`
and `find_or_create_tag` raise `RateLimiterUnavailableError`, on both clients; once Redis is back, calls
work again. The Redis cases run a real `redis-server` (tests/redis_server.py) on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from activecampaign_sdk import ActiveCampaign, errors
from activecampaign_sdk.redis_limiter import RedisRateLimiter

from ..parity import Connector
from ..redis_server import free_port
from .conftest import BASE_URL, FAST, TOKEN, FakeApi, reply

TIMEOUT = 0.5  # seconds per Redis command in these tests: every failure must surface within a few of these
BOUND = 5.0


@contextlib.contextmanager
def redis_at(port: int) -> Iterator[subprocess.Popen[bytes]]:
    """redis-server on `port` (fixed, so a test can kill it and start it again at the same URL)."""
    server = shutil.which("redis-server")
    assert server, "redis-server is missing: `make setup` installs it"
    with tempfile.TemporaryDirectory() as data:
        process = subprocess.Popen(
            [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no", "--dir", data],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    with redis.Redis(port=port, socket_timeout=1) as client:
                        client.ping()
                    break
                except redis.ConnectionError:
                    assert time.monotonic() < deadline, "redis-server did not start"
                    time.sleep(0.02)
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGCONT)
            process.terminate()
            process.wait(timeout=10)


@contextlib.contextmanager
def silent_server() -> Iterator[int]:
    """Accepts connections and never answers: a Redis that hangs."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            held.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        for connection in held:
            connection.close()
        thread.join(timeout=5)


def tag_api(fake: FakeApi) -> FakeApi:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1", "tag": "VIP"}}))
    fake.on("GET /tags", reply(200, {"tags": [], "meta": {"total": "0"}}))
    fake.on("POST /tags", reply(201, {"tag": {"id": "7", "tag": "VIP", "tagType": "contact"}}))
    return fake


CALLS: dict[str, Callable[[Any], object]] = {
    "bound operation": lambda ac: ac.tags.get_tag("1"),
    "request()": lambda ac: ac.request("GET", "/tags/1"),
    "find_or_create_tag": lambda ac: ac.find_or_create_tag("VIP"),
}


def unavailable(ac: Any, fake: FakeApi) -> None:
    """Each kind of call raises RateLimiterUnavailableError within BOUND seconds, and sends nothing."""
    for name, call in CALLS.items():
        sent = len(fake.requests)
        started = time.monotonic()
        with pytest.raises(errors.RateLimiterUnavailableError, match="request was not sent"):
            call(ac)
        assert time.monotonic() - started < BOUND, f"{name}: not within {BOUND}s"
        assert len(fake.requests) == sent, f"{name}: sent without a permit"


def client(connect: Connector, fake: FakeApi, url: str) -> ActiveCampaign:
    limiter = RedisRateLimiter(url, key="failures.api-us1.com", requests_per_second=1000, timeout=TIMEOUT)
    return connect(fake.handle, BASE_URL, TOKEN, limiter=limiter, backoff=FAST)


def test_redis_refusing_connections(connect: Connector, fake: FakeApi) -> None:
    ac = client(connect, tag_api(fake), f"redis://127.0.0.1:{free_port()}/0")
    unavailable(ac, fake)
    assert fake.requests == []


def test_redis_accepting_but_never_answering(connect: Connector, fake: FakeApi) -> None:
    with silent_server() as port:
        ac = client(connect, tag_api(fake), f"redis://127.0.0.1:{port}/0")
        unavailable(ac, fake)
    assert fake.requests == []


def test_redis_killed_mid_run_then_back(connect: Connector, fake: FakeApi) -> None:
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"
    ac = client(connect, tag_api(fake), url)
    with redis_at(port):
        assert ac.tags.get_tag("1").tag.id == "1"
    unavailable(ac, fake)
    with redis_at(port):  # Redis is back at the same address: calls work again
        assert ac.tags.get_tag("1").tag.id == "1"
        assert ac.request("GET", "/tags/1")["tag"]["id"] == "1"


def test_redis_frozen_then_thawed(connect: Connector, fake: FakeApi) -> None:
    port = free_port()
    ac = client(connect, tag_api(fake), f"redis://127.0.0.1:{port}/0")
    with redis_at(port) as process:
        assert ac.tags.get_tag("1").tag.id == "1"
        process.send_signal(signal.SIGSTOP)
        try:
            unavailable(ac, fake)
        finally:
            process.send_signal(signal.SIGCONT)
        assert ac.tags.get_tag("1").tag.id == "1"


def test_bulk_import_with_the_import_limiter_on_a_dead_redis(connect: Connector, fake: FakeApi) -> None:
    dead = RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/0", key="imports", timeout=TIMEOUT)
    fake.on("POST /import/bulk_import", reply(200, {"success": 1, "queued_contacts": 1, "batchId": "b1"}))
    ac = connect(fake.handle, BASE_URL, TOKEN, import_limiter=dead, backoff=FAST)
    rows: list[Any] = [{"email": f"r{i}@example.com"} for i in range(300)]  # two batches
    result = ac.bulk_import(rows, wait=False)
    assert fake.requests == [], "no batch goes out without a permit"
    assert len(result.failed) == 300, "every row has its outcome: the run returns, it does not raise"
    assert all("not sent" in row.reason and "unavailable" in row.reason for row in result.failed if row.reason)


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf"), "1", True])
def test_the_redis_timeout_is_checked(timeout: object) -> None:
    with pytest.raises(errors.InvalidInputError, match="timeout"):
        RedisRateLimiter("redis://127.0.0.1:1/0", key="k", timeout=timeout)  # type: ignore[arg-type]


def test_a_malformed_redis_url_is_refused_at_construction() -> None:
    with pytest.raises(errors.InvalidInputError, match="not a Redis URL"):
        RedisRateLimiter("http://nowhere/0", key="k")
