"""The API token appears in no log record, exception or repr, whatever happens to a request.

Logs are captured at DEBUG from the root, the SDK's, httpx's and httpcore's
loggers while a real loopback server answers success, a retried 503, every
error status, a slow reply (timeout) and a body that does not fit; exceptions
are every class of `activecampaign_sdk.errors`, raised for real.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import threading
import time
import traceback
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, NoRateLimit, errors

from ..loopback import PromptHandler
from .conftest import FAST, FakeApi, reply
from .tls_server import QuietServer

SECRET = "tok-9b1e7c4d2a6f08e35d17c9ab42f6e0d8"
LOGGERS = ("", "activecampaign_sdk", "httpx", "httpcore")
STATUS_ERRORS = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    422: errors.UnprocessableEntityError,
    429: errors.RateLimitError,
    500: errors.InternalServerError,
    202: errors.UnexpectedStatusError,
}


class _Account(PromptHandler):
    """`/tags/<status>` answers that status; `/tags/slow` is too slow; `/tags/flaky` fails once then answers.

    The slow reply is written after the client gave up; `QuietServer` drops the broken pipe.
    """

    flaky: ClassVar[set[str]] = set()

    def do_GET(self) -> None:
        last = self.path.rsplit("/", 1)[-1]
        status: int = 200
        body: dict[str, Any] = {"tag": {"id": "1", "tag": "VIP"}}
        if last.isdigit() and last != "1":
            status, body = int(last), {"message": f"scripted {last}", "errors": [{"title": "scripted"}]}
        elif last == "slow":
            time.sleep(0.5)
        elif last == "flaky" and self.headers["Api-Token"] not in self.flaky:
            self.flaky.add(self.headers["Api-Token"])
            status = 503
        elif last == "misfit":
            body = {"tag": "not an object"}
        content = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Retry-After", "0")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), _Account)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


class Everything(logging.Handler):
    """Keeps each record as every way it could be written out: message, args, extras, traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        formatted = logging.Formatter("%(name)s %(levelname)s %(message)s").format(record)
        self.texts.append(f"{formatted}\n{record.__dict__!r}")


@pytest.fixture
def logs() -> Iterator[Everything]:
    handler = Everything()
    saved = []
    for name in LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.level))
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)
    yield handler
    for logger, level in saved:
        logger.removeHandler(handler)
        logger.setLevel(level)


def everything_said(exc: BaseException) -> str:
    """str, repr, args, attributes and the formatted traceback with its causes."""
    return "\n".join([str(exc), repr(exc), repr(exc.args), repr(vars(exc)), "".join(traceback.format_exception(exc))])


def exercise(ac: ActiveCampaign) -> dict[type[BaseException], BaseException]:
    raised: dict[type[BaseException], BaseException] = {}
    assert ac.tags.get_tag("1").tag.tag == "VIP"
    assert ac.tags.get_tag("flaky").tag.tag == "VIP"
    for status in STATUS_ERRORS:
        with pytest.raises(errors.APIStatusError) as caught:
            ac.tags.get_tag(str(status))
        raised[type(caught.value)] = caught.value
    for route, kind in (("slow", errors.APITimeoutError), ("misfit", errors.ResponseParseError)):
        with pytest.raises(kind) as failed:
            ac.tags.get_tag(route)
        raised[kind] = failed.value
    return raised


def test_no_log_record_holds_the_token(origin: str, logs: Everything) -> None:
    with ActiveCampaign(origin, SECRET, limiter=NoRateLimit(), timeout=0.2, backoff=FAST) as ac:
        raised = exercise(ac)
    assert set(raised) == {*STATUS_ERRORS.values(), errors.APITimeoutError, errors.ResponseParseError}
    names = {record.name.split(".")[0] for record in logs.records}
    assert {"activecampaign_sdk", "httpx", "httpcore"} <= names, names
    assert any(record.levelno >= logging.WARNING for record in logs.records)
    leaks = [text for text in logs.texts if SECRET in text]
    assert not leaks, leaks[0]


def test_no_async_log_record_holds_the_token(origin: str, logs: Everything) -> None:
    async def scenario() -> None:
        async with AsyncActiveCampaign(origin, SECRET, limiter=NoRateLimit(), timeout=0.2, backoff=FAST) as ac:
            assert (await ac.tags.get_tag("1")).tag.tag == "VIP"
            for route, kind in (("500", errors.InternalServerError), ("slow", errors.APITimeoutError)):
                with pytest.raises(kind):
                    await ac.tags.get_tag(route)

    asyncio.run(scenario())
    assert {"activecampaign_sdk", "httpx", "httpcore"} <= {record.name.split(".")[0] for record in logs.records}
    assert not [text for text in logs.texts if SECRET in text]


def test_a_refused_connection_is_logged_without_the_token(logs: Everything) -> None:
    with (
        socket_closed() as origin,
        ActiveCampaign(origin, SECRET, limiter=NoRateLimit(), backoff=FAST) as ac,
        pytest.raises(errors.APIConnectionError) as refused,
    ):
        ac.tags.get_tag("1")
    assert SECRET not in everything_said(refused.value)
    assert any(record.name == "activecampaign_sdk" for record in logs.records)
    assert not [text for text in logs.texts if SECRET in text]


class socket_closed:
    """An http origin on 127.0.0.1 where nothing listens."""

    def __enter__(self) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Account)
        port = server.server_address[1]
        server.server_close()
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        return None


def every_error_class() -> set[type[errors.ActiveCampaignError]]:
    """Each concrete class of errors.py; the abstract bases are never raised as such."""
    found = {
        value
        for value in vars(errors).values()
        if inspect.isclass(value) and issubclass(value, errors.ActiveCampaignError)
    }
    return found - {errors.ActiveCampaignError, errors.APIStatusError}


def raise_each(fake: FakeApi) -> dict[type[BaseException], BaseException]:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    for status in STATUS_ERRORS:
        fake.on(f"GET /tags/{status}", reply(status, {"message": "no", "errors": [{"title": "no"}]}))
    fake.on("GET /tags/refused", refuse)
    fake.on("GET /tags/hang", hang)
    fake.on("GET /tags/misfit", reply(200, {"tag": []}))
    raised: dict[type[BaseException], BaseException] = {}
    http = httpx.Client(transport=httpx.MockTransport(fake.handle))
    with (
        http,
        ActiveCampaign(
            "https://test-account.api-us1.com", SECRET, limiter=NoRateLimit(), httpx_client=http, backoff=FAST
        ) as ac,
    ):
        for route in [*map(str, STATUS_ERRORS), "refused", "hang", "misfit"]:
            with pytest.raises(errors.ActiveCampaignError) as caught:
                ac.tags.get_tag(route)
            raised[type(caught.value)] = caught.value
        with pytest.raises(errors.InvalidInputError) as refused:
            ac.upsert_contact("nobody")
        raised[errors.InvalidInputError] = refused.value
        raised.update(raise_while_reading(fake, ac))
    return raised


def raise_while_reading(fake: FakeApi, ac: ActiveCampaign) -> dict[type[BaseException], BaseException]:
    """The errors of reading a body within bounds, raised by real calls (the token attached to each)."""
    from activecampaign_sdk.bodies import decode_json

    fake.on("GET /tags/huge", reply(200, {"tag": "x" * 1000}))
    # Content from an iterator: httpx would decode (and fail on) a bytes body when building the reply.
    fake.on(
        "GET /tags/badgzip", lambda _: httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=iter([b"no"]))
    )
    fake.on("GET /tags/moved", reply(302, {}, {"Location": "https://elsewhere.example/x"}))
    raised: dict[type[BaseException], BaseException] = {}
    small = ac.with_options(max_response_bytes=100)
    for route, expected in [
        ("huge", errors.ResponseTooLargeError),
        ("badgzip", errors.ResponseDecodingError),
        ("moved", errors.RedirectError),
    ]:
        with pytest.raises(expected) as caught:
            small.tags.get_tag(route)
        raised[expected] = caught.value
    fake.on("GET /segmentMatchAll/seg-1", reply(200, {"data": []}))
    with pytest.raises(errors.SegmentMatchError) as no_run:
        list(ac.segment_contact_ids("seg-1"))
    raised[errors.SegmentMatchError] = no_run.value
    # Internal to the SDK (calls turn it into ResponseParseError or keep the text), so raised directly.
    with pytest.raises(errors.BodyDecodeError) as deep:
        decode_json(b"[" * 300 + b"]" * 300)
    raised[errors.BodyDecodeError] = deep.value
    raised.update(raise_round_two_errors(fake))
    return raised


def raise_round_two_errors(fake: FakeApi) -> dict[type[BaseException], BaseException]:
    """A Redis limiter that cannot be reached, a webhook body that is no event, an async client in a second loop."""
    import threading

    from activecampaign_sdk import webhook_events
    from activecampaign_sdk.redis_limiter import RedisRateLimiter

    from ..redis_server import free_port

    raised: dict[type[BaseException], BaseException] = {}
    dead = RedisRateLimiter(f"redis://:{SECRET}@127.0.0.1:{free_port()}/0", key="secrecy", timeout=0.5)
    with (
        ActiveCampaign("https://test-account.api-us1.com", SECRET, limiter=dead) as ac,
        pytest.raises(errors.RateLimiterUnavailableError) as unavailable,
    ):
        ac.tags.get_tag("1")
    raised[errors.RateLimiterUnavailableError] = unavailable.value
    with pytest.raises(errors.WebhookParseError) as hostile:
        webhook_events.parse(b"{}", "application/json")
    raised[errors.WebhookParseError] = hostile.value
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1", "tag": "VIP"}}))
    http = httpx.AsyncClient(transport=httpx.MockTransport(fake.handle_async))
    aac = AsyncActiveCampaign("https://test-account.api-us1.com", SECRET, limiter=NoRateLimit(), httpx_client=http)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(aac.tags.get_tag("1"), loop).result(10)
        with pytest.raises(errors.EventLoopError) as second_loop:
            asyncio.run(aac.tags.get_tag("1"))
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
    raised[errors.EventLoopError] = second_loop.value
    return raised


def test_every_error_class_is_raised_for_real_without_the_token(fake: FakeApi) -> None:
    raised = raise_each(fake)
    assert set(raised) == every_error_class()
    for kind, exc in raised.items():
        said = everything_said(exc)
        assert SECRET not in said, f"{kind.__name__} says the token: {said}"
        assert kind.__name__ in repr(exc) or kind.__name__ in said
    assert all(SECRET in request.headers["Api-Token"] for request in fake.requests)


def reprs(client: Any) -> list[str]:
    parts = [client.auth, client, client.limiter, client._sender, client._sender.http, client.with_options(timeout=1)]
    return [f"{part!r} {part!s}" for part in parts]


def test_no_repr_shows_the_token() -> None:
    with ActiveCampaign("https://test-account.api-us1.com", SECRET) as ac:
        sync_reprs = reprs(ac)
    aac = AsyncActiveCampaign("https://test-account.api-us1.com", SECRET)
    async_reprs = reprs(aac)
    asyncio.run(aac.aclose())
    for text in sync_reprs + async_reprs:
        assert SECRET not in text, text
    assert "redacted" in sync_reprs[0] and "redacted" in async_reprs[0]
    assert ac.auth._token == SECRET, "the token is held, only not shown"
