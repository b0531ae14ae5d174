"""A scripted stand-in for the API, served through httpx.MockTransport.

Tests queue responses per (method, path) and read back what was sent, so
client behaviour (retries, errors, pagination, rate) is checked without a
network.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, NoRateLimit
from activecampaign_sdk.retries import Backoff

from ..parity import Connector

BASE_URL = "https://test-account.api-us1.com"
TOKEN = "sdk-test-token-5f1d2c"
# Retries in tests wait milliseconds, not the production half second and up.
FAST = Backoff(initial=0.001, maximum=0.005)

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def reply(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    content = b"" if body is None else (body.encode() if isinstance(body, str) else json.dumps(body).encode())
    kind = {"Content-Type": "application/json"} if not isinstance(body, str) else {"Content-Type": "text/html"}
    return httpx.Response(status, content=content, headers={**kind, **(headers or {})})


@dataclass
class FakeApi:
    """Answers queued replies per 'METHOD /path' (relative to /api/3); the last one of a queue repeats."""

    replies: dict[str, deque[Reply]] = field(default_factory=lambda: defaultdict(deque))
    requests: list[httpx.Request] = field(default_factory=list)
    times: list[float] = field(default_factory=list)

    def on(self, route: str, *answers: Reply) -> FakeApi:
        self.replies[route].extend(answers)
        return self

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        self.times.append(time.monotonic())
        route = f"{request.method} {request.url.path.removeprefix('/api/3')}"
        queue = self.replies.get(route)
        if not queue:
            return reply(404, {"message": f"no fake route for {route}"})
        answer = queue.popleft() if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        # A fresh response each time: a queued reply may answer many requests, sync and async.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)

    def sent(self, route: str) -> list[httpx.Request]:
        return [r for r in self.requests if f"{r.method} {r.url.path.removeprefix('/api/3')}" == route]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


@pytest.fixture
def fake() -> FakeApi:
    return FakeApi()


@pytest.fixture(params=["sync", "async"])
def connect(request: pytest.FixtureRequest) -> Iterator[Connector]:
    """Builds clients of the flavour under test; every behaviour test runs on both clients."""
    connector = Connector(request.param)
    yield connector
    connector.close()


@pytest.fixture
def ac(fake: FakeApi, connect: Connector) -> ActiveCampaign:
    """A client on `fake`, sync or async (driven through `tests.parity.Blocking`)."""
    return connect(fake.handle, BASE_URL, TOKEN, limiter=NoRateLimit(), backoff=FAST)


def async_client(fake: FakeApi, **options: Any) -> AsyncActiveCampaign:
    """An async client on `fake`, for tests of asyncio itself (tasks sharing a limiter, cancellation)."""
    http = httpx.AsyncClient(transport=httpx.MockTransport(fake.handle))
    options.setdefault("limiter", NoRateLimit())
    options.setdefault("backoff", FAST)
    return AsyncActiveCampaign(BASE_URL, TOKEN, httpx_client=http, **options)
