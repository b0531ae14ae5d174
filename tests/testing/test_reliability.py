"""Reliability against the stand-in: faults, the rate limit across threads, tasks and processes, typed errors.

The stand-in runs scaled (see each test): its clock is faster than the real
API's so that a whole run takes seconds. Rates are stated where they are set.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator

import pytest
from activecampaign_api.models import ContactCreateRequest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, TokenBucketLimiter
from activecampaign_sdk.contact_requests import ContactRow
from activecampaign_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    ResponseParseError,
)
from activecampaign_sdk.redis_limiter import RedisRateLimiter
from activecampaign_sdk.retries import Backoff
from activecampaign_sdk.testing import Faults, LocalActiveCampaign, ServerConfig

from ..redis_server import running_redis
from ..timing import Lateness

FAST = Backoff(initial=0.001, maximum=0.01)


def achieved_rate(times: list[float]) -> float:
    ordered = sorted(times)
    return (len(ordered) - 1) / (ordered[-1] - ordered[0])


def busiest_second(times: list[float]) -> int:
    return max(sum(1 for t in times if start <= t < start + 1.0) for start in times)


def test_sync_contacts_under_faults_loses_and_duplicates_nothing() -> None:
    # 10% of requests fail, drawn from every fault kind; the stand-in allows 500 requests/s (time scale 100).
    config = ServerConfig(time_scale=100, slow_seconds=0.5)
    with LocalActiveCampaign(config, Faults(0.10, seed=11)) as server:
        with server.account.lock:
            vip = server.account.add_tag("vip")["id"]
        rows: list[ContactRow] = [
            {"email": f"row{n}@example.com", "first_name": f"Row{n}", "tags": [int(vip)]} for n in range(1000)
        ]
        limiter = TokenBucketLimiter(400)
        with ActiveCampaign(
            server.base_url, config.token, limiter=limiter, timeout=0.25, max_retries=3, backoff=FAST
        ) as ac:
            result = ac.upsert_contacts(rows, concurrency=8)

    # Every row is accounted for exactly once.
    failed = [failure.index for failure in result.failed]
    assert sorted([*result.succeeded, *failed]) == list(range(1000))
    # No duplicated contact, and none that was not asked for.
    emails = server.contact_emails()
    assert len(emails) == len(set(emails)) and set(emails) <= {row["email"] for row in rows}
    # No lost contact: each synced row is on the server, with its values and its tag.
    links = Counter(link["contact"] for link in server.account.contact_tags.values())
    for index, contact in result.succeeded.items():
        stored = server.contact_by_email(rows[index]["email"])
        assert stored is not None and stored["id"] == contact.id and stored["firstName"] == f"Row{index}"
        assert links[contact.id] == 1
    # Faults happened, idempotent syncs were retried, creates of tag links never were.
    sync_log = server.requests("POST", "/contact/sync")
    tag_log = server.requests("POST", "/contactTags")
    assert any(e.fault for e in tag_log) and any(e.repeat for e in sync_log)
    assert not [e for e in tag_log if e.repeat]
    assert max(links.values()) == 1
    # The rows that failed, failed on a fault the server injected, with a typed error.
    assert len(failed) < 250
    assert {type(f.error).__name__ for f in result.failed} <= {
        "APIConnectionError",
        "APITimeoutError",
        "InternalServerError",
        "RateLimitError",
        "ResponseParseError",
    }


@pytest.fixture
def scaled_api() -> Iterator[LocalActiveCampaign]:
    # 50 requests/s: the real 5/s at time scale 10.
    with LocalActiveCampaign(ServerConfig(time_scale=10)) as server:
        yield server


RATE = 50.0
BURST = 150  # three seconds of budget, all offered at once: well over 5x the rate


def test_thread_burst_stays_under_the_rate(scaled_api: LocalActiveCampaign) -> None:
    limiter = TokenBucketLimiter(RATE)
    with ActiveCampaign(scaled_api.base_url, scaled_api.config.token, limiter=limiter) as ac:
        threads = [
            threading.Thread(target=lambda: [ac.contacts.list_contacts(limit=1) for _ in range(BURST // 10)])
            for _ in range(10)
        ]
        with Lateness() as lateness:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    assert scaled_api.count_429 == 0
    times = scaled_api.answered_times()
    assert len(times) == BURST
    assert lateness.lower_rate(0.95 * RATE) <= achieved_rate(times), lateness.describe()
    # Never faster than the rate: a late first answer (100 connections opening at once) must not count as fast.
    assert busiest_second(times) <= RATE + lateness.bunched(RATE), lateness.describe()


def test_asyncio_burst_stays_under_the_rate(scaled_api: LocalActiveCampaign) -> None:
    async def burst() -> None:
        limiter = TokenBucketLimiter(RATE)
        async with AsyncActiveCampaign(scaled_api.base_url, scaled_api.config.token, limiter=limiter) as ac:
            await asyncio.gather(*(ac.contacts.list_contacts(limit=1) for _ in range(BURST)))

    with Lateness() as lateness:
        asyncio.run(burst())
    assert scaled_api.count_429 == 0
    times = scaled_api.answered_times()
    assert len(times) == BURST
    assert lateness.lower_rate(0.95 * RATE) <= achieved_rate(times), lateness.describe()
    # Never faster than the rate: a late first answer (100 connections opening at once) must not count as fast.
    assert busiest_second(times) <= RATE + lateness.bunched(RATE), lateness.describe()


WORKER = """
import sys, threading
from activecampaign_sdk import ActiveCampaign
from activecampaign_sdk.redis_limiter import RedisRateLimiter
base_url, token, redis_url, rate, count = sys.argv[1:6]
limiter = RedisRateLimiter(redis_url, key="standin-account", requests_per_second=float(rate))
with ActiveCampaign(base_url, token, limiter=limiter) as ac:
    def work():
        for _ in range(int(count) // 4):
            ac.contacts.list_contacts(limit=1)
    threads = [threading.Thread(target=work) for _ in range(4)]
    [t.start() for t in threads]
    [t.join() for t in threads]
print("done")
"""


def test_processes_sharing_the_redis_limiter_stay_under_one_budget(scaled_api: LocalActiveCampaign) -> None:
    per_process = 80
    with running_redis() as redis_url:
        RedisRateLimiter(redis_url, key="standin-account").reset()
        args = [scaled_api.base_url, scaled_api.config.token, redis_url, str(RATE), str(per_process)]
        workers = [
            subprocess.Popen([sys.executable, "-c", WORKER, *args], stdout=subprocess.PIPE, text=True) for _ in range(2)
        ]
        outputs = [w.communicate(timeout=60)[0] for w in workers]
    assert [w.returncode for w in workers] == [0, 0] and outputs == ["done\n", "done\n"]
    assert scaled_api.count_429 == 0
    times = scaled_api.answered_times()
    assert len(times) == 2 * per_process
    # One budget for both: two separate limiters would have reached twice the rate.
    assert achieved_rate(times) <= 1.05 * RATE
    # Over any one second of the run the server saw at most a second's worth (plus one at the edge).
    ordered = sorted(times)
    assert max(sum(1 for t in ordered if start <= t < start + 1.0) for start in ordered) <= RATE + 1


TIMEOUT = 0.2


@pytest.mark.parametrize(
    ("kind", "error", "attempts"),
    [
        ("429", RateLimitError, 3),
        ("500", InternalServerError, 1),  # a 500 is not retried, even for a GET (sending.py's policy)
        ("502", InternalServerError, 3),
        ("503", InternalServerError, 3),
        ("504", InternalServerError, 3),
        ("reset", APIConnectionError, 3),
        ("cut", APIConnectionError, 3),
        ("slow", APITimeoutError, 3),
        ("truncated", ResponseParseError, 1),
        ("html", ResponseParseError, 1),
    ],
)
def test_each_failure_surfaces_as_its_typed_error(kind: str, error: type[Exception], attempts: int) -> None:
    config = ServerConfig(time_scale=100, slow_seconds=TIMEOUT * 2)
    with LocalActiveCampaign(config, Faults(1.0, kinds=(kind,))) as server:
        with (
            ActiveCampaign(
                server.base_url, config.token, rate_limit=500, timeout=TIMEOUT, max_retries=2, backoff=FAST
            ) as ac,
            Lateness() as lateness,
        ):
            started = time.monotonic()
            with pytest.raises(error) as raised:
                ac.contacts.list_contacts(limit=5)
            elapsed = time.monotonic() - started
        assert len(server.log) == attempts
        if kind == "slow":
            assert type(raised.value) is APITimeoutError
            assert attempts * TIMEOUT <= elapsed < lateness.upper(attempts * (TIMEOUT + 0.15)), lateness.describe()
        if kind == "reset":
            assert type(raised.value) is APIConnectionError
        if kind == "truncated":
            assert "GET /contacts (listContacts) -> HTTP 200: body is not JSON: " in str(raised.value)


def test_a_create_is_never_retried() -> None:
    config = ServerConfig(time_scale=100)
    body = ContactCreateRequest.from_dict({"contact": {"email": "once@example.com"}})
    with (
        LocalActiveCampaign(config, Faults(1.0, kinds=("503",))) as server,
        ActiveCampaign(server.base_url, config.token, rate_limit=500, max_retries=3, backoff=FAST) as ac,
        pytest.raises(InternalServerError),
    ):
        ac.contacts.create_contact(body=body)
    assert [(e.method, e.path) for e in server.log] == [("POST", "/contacts")]


@pytest.mark.parametrize("concurrency", [1, 5, 20])
def test_upsert_contacts_under_latency_and_faults_duplicates_and_loses_nothing(concurrency: int) -> None:
    # 5% of requests fail (every fault kind); 500 requests/s (time scale 100); each answer 2 ms late.
    config = ServerConfig(time_scale=100, slow_seconds=0.5, latency=0.002)
    count, tags, lists = 100, 2, 1
    with LocalActiveCampaign(config, Faults(0.05, seed=concurrency)) as server:
        with server.account.lock:
            server.account.add_tag("VIP")
            server.account.add_list({"name": "Newsletter"})
            server.account.add_field("Size", perstag="SIZE")
        rows: list[ContactRow] = [
            {
                "email": f"f{n}@example.com",
                "first_name": f"F{n}",
                "tags": ["VIP", "Fresh"],
                "lists": {"Newsletter": "subscribed"},
                "fields": {"SIZE": str(n)},
            }
            for n in range(count)
        ]
        limiter = TokenBucketLimiter(400)
        with ActiveCampaign(
            server.base_url, config.token, limiter=limiter, timeout=0.25, max_retries=3, backoff=FAST
        ) as ac:
            result = ac.upsert_contacts(rows, concurrency=concurrency)

    # Every row has one outcome; no tag or list exists twice, whatever failed on the way.
    assert sorted([*result.succeeded, *(failure.index for failure in result.failed)]) == list(range(count))
    assert Counter(tag["tag"].casefold() for tag in server.account.tags.values()) == {"vip": 1, "fresh": 1}
    assert len(server.account.lists) == 1
    for index, contact in result.succeeded.items():
        stored = server.contact_by_email(rows[index]["email"])
        assert stored is not None and stored["id"] == contact.id
    # Requests: the floor per row and one look-up per distinct name; faults cost their retries and re-look-ups.
    faulted = sum(1 for entry in server.log if entry.fault)
    assert len(server.log) <= 1.05 * count * (1 + tags + lists) + 4 + 1 + 2 * faulted
    assert len(result.failed) < count * 0.25
