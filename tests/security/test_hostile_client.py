"""The client end to end against hostile answers: every failure typed, the token bound to its origin,
memory and time bounded. Both clients, against loopback servers of our own or scripted replies."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, NoRateLimit, TokenBucketLimiter, errors
from activecampaign_sdk import pipeline as pipeline_module
from activecampaign_sdk.retries import Backoff

from ..loopback import PromptHandler
from ..parity import Connector
from .conftest import BASE_URL, FAST, TOKEN, FakeApi, reply
from .hostile_server import gzip_bomb, hostile_server
from .test_hostile_bodies import peak_while
from .tls_server import QuietServer

MIB = 1024 * 1024


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    gzip_bomb()  # compressed before any measurement
    with hostile_server() as url:
        yield url


@pytest.mark.parametrize(("route", "kind"), [("big", "200 MB body"), ("bomb", "0.5 MB gzip bomb")])
def test_a_body_over_the_cap_is_refused_while_it_streams(
    connect: Connector, origin: str, route: str, kind: str
) -> None:
    ac = connect(None, origin, TOKEN, limiter=NoRateLimit(), max_retries=0, max_response_bytes=4 * MIB)
    caught: list[BaseException] = []

    def call() -> None:
        with pytest.raises(errors.ResponseTooLargeError) as raised:
            ac.tags.get_tag(route)
        caught.append(raised.value)

    peak = peak_while(call)
    assert peak < 2 * 4 * MIB, f"{kind}: peak {peak / MIB:.1f} MiB"
    assert isinstance(caught[0], errors.ResponseTooLargeError) and caught[0].limit == 4 * MIB


def test_the_timeout_bounds_the_whole_attempt_body_included(connect: Connector, origin: str) -> None:
    ac = connect(None, origin, TOKEN, limiter=NoRateLimit(), max_retries=0, timeout=1.0)
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError):
        ac.tags.get_tag("dribble")  # 60 bytes, one every 0.25 s: 15 s if each read's timeout restarted
    assert time.monotonic() - started < 2.5


def test_a_body_its_encoding_does_not_describe_is_a_typed_error_and_not_retried(
    connect: Connector, origin: str
) -> None:
    ac = connect(None, origin, TOKEN, limiter=NoRateLimit(), backoff=FAST)
    with pytest.raises(errors.ResponseDecodingError):
        ac.tags.get_tag("badgzip")
    assert ac.request("GET", "/gzip")["tags"][0]["tag"] == "VIP", "gzip that is gzip decodes"


@pytest.mark.parametrize("nesting", [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000])
def test_json_nested_too_deeply_in_a_2xx_body_is_a_parse_error(
    ac: ActiveCampaign, fake: FakeApi, nesting: bytes
) -> None:
    fake.on("GET /tags/1", lambda _: httpx.Response(200, content=nesting, headers={"Content-Type": "application/json"}))
    with pytest.raises(errors.ResponseParseError, match=r"nested too deeply|not match"):
        ac.tags.get_tag("1")
    fake.on("GET /tags/2", lambda _: httpx.Response(400, content=nesting))
    with pytest.raises(errors.BadRequestError) as bad:
        ac.tags.get_tag("2")
    assert isinstance(bad.value.body, str), "an error body too deep to decode is kept as text"
    fake.on("POST /x", lambda _: httpx.Response(200, content=nesting))
    assert isinstance(ac.request("POST", "/x"), str)


@pytest.mark.parametrize(
    "path", ["../../admin", "/contacts/../../admin", "contacts/%2e%2e/x", "tags\n1", "tags\x00", "a b"]
)
def test_request_paths_stay_under_api_3(ac: ActiveCampaign, fake: FakeApi, path: str) -> None:
    with pytest.raises(errors.InvalidInputError, match="relative to /api/3"):
        ac.request("DELETE", path)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("value", "raised_at_once"),
    [("inf", True), ("1e999", True), ("86400", True), ("nan", False), ("soon", False), ("-5", False)],
)
def test_retry_after_in_any_form_is_a_bounded_wait_or_ignored(
    ac: ActiveCampaign, fake: FakeApi, value: str, raised_at_once: bool
) -> None:
    fake.on("GET /tags/1", reply(429, {}, {"Retry-After": value}), reply(200, {"tag": {"id": "1"}}))
    started = time.monotonic()
    if raised_at_once:
        with pytest.raises(errors.RateLimitError) as caught:
            ac.tags.get_tag("1")
        assert caught.value.retry_after is not None and caught.value.retry_after <= 86400
    else:
        assert ac.tags.get_tag("1").tag.id == "1"
    assert time.monotonic() - started < 2.0


def test_an_http_date_retry_after_in_the_minus_0000_zone(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on(
        "GET /tags/1",
        reply(429, {}, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 -0000"}),
        reply(200, {"tag": {"id": "1"}}),
    )
    ac.tags.get_tag("1")
    assert len(fake.requests) == 2


def test_retries_and_waits_have_a_total_cap(fake: FakeApi, connect: Connector, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "MAX_RETRY_TIME", 0.5)
    fake.on("GET /tags/1", reply(503, {}))
    ac = connect(fake.handle, BASE_URL, TOKEN, limiter=NoRateLimit(), max_retries=1000, backoff=Backoff(0.05, 0.05))
    started = time.monotonic()
    with pytest.raises(errors.InternalServerError):
        ac.tags.get_tag("1")
    assert time.monotonic() - started < 1.5
    assert 2 <= len(fake.requests) < 30


class _Recorder(PromptHandler):
    """Answers 200 and records the headers of every request it receives."""

    seen: list[dict[str, str]]

    def do_GET(self) -> None:
        self.seen.append(dict(self.headers))
        body = b'{"tag": {"id": "1"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(handler: type[BaseHTTPRequestHandler]) -> tuple[QuietServer, str]:
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def elsewhere() -> Iterator[tuple[str, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []
    handler = type("Recorder", (_Recorder,), {"seen": seen})
    server, url = _serve(handler)
    yield url, seen
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_redirect_is_never_followed_even_by_a_client_that_follows_them(
    elsewhere: tuple[str, list[dict[str, str]]], status: int, flavour: str
) -> None:
    target, seen = elsewhere

    def redirect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"Location": f"{target}/api/3/tags/1"})

    def call() -> None:
        http = httpx.Client(follow_redirects=True, transport=httpx.MockTransport(redirect))
        with http, ActiveCampaign(BASE_URL, TOKEN, httpx_client=http, limiter=NoRateLimit()) as ac:
            ac.tags.get_tag("1")

    async def call_async() -> None:
        http = httpx.AsyncClient(follow_redirects=True, transport=httpx.MockTransport(redirect))
        async with http, AsyncActiveCampaign(BASE_URL, TOKEN, httpx_client=http, limiter=NoRateLimit()) as ac:
            await ac.tags.get_tag("1")

    with pytest.raises(errors.RedirectError) as caught:
        call() if flavour == "sync" else asyncio.run(call_async())
    assert caught.value.status == status and TOKEN not in str(caught.value)
    assert seen == [], "nothing reached the other origin"


def test_the_client_closed_while_a_call_waits_to_retry_raises_a_typed_error(fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(503, {}))
    http = httpx.Client(transport=httpx.MockTransport(fake.handle))
    ac = ActiveCampaign(BASE_URL, TOKEN, httpx_client=http, limiter=NoRateLimit(), backoff=Backoff(0.3, 0.3))
    caught: list[BaseException] = []

    def call() -> None:
        try:
            ac.tags.get_tag("1")
        except BaseException as error:
            caught.append(error)

    worker = threading.Thread(target=call)
    worker.start()
    time.sleep(0.1)
    http.close()
    worker.join(timeout=10)
    assert len(caught) == 1 and isinstance(caught[0], errors.APIConnectionError), caught
    assert "closed" in str(caught[0])


def test_the_async_client_closed_while_a_call_waits_to_retry_raises_a_typed_error(fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(503, {}))

    async def scenario() -> BaseException | None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(fake.handle))
        ac = AsyncActiveCampaign(BASE_URL, TOKEN, httpx_client=http, limiter=NoRateLimit(), backoff=Backoff(0.3, 0.3))
        call = asyncio.create_task(ac.tags.get_tag("1"))
        await asyncio.sleep(0.1)
        await http.aclose()
        try:
            await call
        except BaseException as error:
            return error
        return None

    error = asyncio.run(scenario())
    assert isinstance(error, errors.APIConnectionError) and "closed" in str(error), error


def test_cancelled_async_calls_give_their_permits_back() -> None:
    fake = FakeApi().on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))

    async def scenario() -> float:
        http = httpx.AsyncClient(transport=httpx.MockTransport(fake.handle))
        async with http, AsyncActiveCampaign(BASE_URL, TOKEN, httpx_client=http, limiter=TokenBucketLimiter(5)) as ac:
            calls = [asyncio.wait_for(ac.tags.get_tag("1"), 0.05) for _ in range(50)]
            await asyncio.gather(*calls, return_exceptions=True)
            started = time.monotonic()
            await ac.tags.get_tag("1")
            return time.monotonic() - started

    waited = asyncio.run(scenario())
    assert waited <= 0.2 + 0.15, waited
    assert len(fake.requests) <= 3, "the cancelled calls sent nothing"


def test_a_token_that_is_no_header_value_is_refused_at_construction_without_echo() -> None:
    for flavour in (ActiveCampaign, AsyncActiveCampaign):
        with pytest.raises(errors.InvalidInputError) as caught:
            flavour(BASE_URL, "abc\ndef-secret")
        assert "def-secret" not in str(caught.value)
