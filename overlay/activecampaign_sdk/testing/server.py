"""A stateful local ActiveCampaign on 127.0.0.1 (standard-library HTTP server in a thread).

    with LocalActiveCampaign(ServerConfig(time_scale=10)) as api:
        ac = ActiveCampaign(api.base_url, api.config.token)
        ...
        api.contact_by_email("ada@example.com"), api.log, api.count_429
        api.clock = lambda: moment   # the time the records are stamped with (default: real time)

The stdlib server (not an ASGI one) is used because faults need the raw
socket: a reset is a close with SO_LINGER 0, a cut body is a short write.
Time-based limits run `time_scale` times faster than the real API's, so a
test of "5 requests/s, 100 imports/min" at scale 10 runs at 50/s and 1000/min.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import secrets
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .account import Account
from .records import Clock, JsonObject
from .store import Request

API_PATH = "/api/3"
# Faults: a status, a dropped connection, an answer too slow for the client, or a body that is not the model.
FAULT_KINDS = ("429", "500", "502", "503", "504", "reset", "slow", "truncated", "html", "cut")
# Faults that strike after the account has acted on the request: the client cannot tell it took effect.
AFTER_EFFECT = frozenset({"502", "504", "reset", "slow", "truncated", "html", "cut"})
RATE_LIMIT_BODY = {"message": "Too many requests; slow down to 5 requests per second"}
# The largest request body read (bytes); a longer one is refused with 413 before it is read.
MAX_BODY = 16 * 1024 * 1024
# The deepest JSON nesting a body may have (a real write body is a few levels deep).
MAX_DEPTH = 64
IMPORT_RATE_BODY = {
    "success": 0,
    "message": "Rate limit exceeded.",
    "failureReasons": [
        "Up to 100 imports may be requested per minute. Please batch contacts into larger requests, "
        "or retry this request in a minute."
    ],
}


@dataclass
class ServerConfig:
    """How the local account behaves. The token is random unless given; it stays out of the repr."""

    token: str = field(default_factory=lambda: secrets.token_urlsafe(16), repr=False)
    # Requests per second per token, as the real API allows (before scaling); 0 turns the limit off.
    rate_per_second: float = 5.0
    imports_per_minute: int = 100
    single_contact_imports_per_minute: int = 20
    # Real time runs this many times faster: rates are multiplied by it, delays divided.
    time_scale: float = 1.0
    # Seconds (before scaling) between a bulk import being queued and its completion.
    import_delay: float = 2.0
    # How long a "slow" fault stalls before answering, in real seconds (not scaled).
    slow_seconds: float = 1.0
    # Added to every answer, in real seconds: the round trip to a distant account.
    latency: float = 0.0

    @property
    def request_rate(self) -> float:
        return self.rate_per_second * self.time_scale

    @property
    def minute(self) -> float:
        return 60.0 / self.time_scale


class Faults:
    """Which requests fail and how: `schedule` maps a request's number (1-based) to a kind;
    `rate` of the others fail with a kind drawn from `kinds`, seeded so a run can be repeated.
    `only` limits random faults to requests whose 'METHOD /path' starts with one of its prefixes."""

    def __init__(
        self,
        rate: float = 0.0,
        *,
        seed: int = 0,
        kinds: tuple[str, ...] = FAULT_KINDS,
        schedule: dict[int, str] | None = None,
        only: tuple[str, ...] = (),
    ) -> None:
        unknown = {*kinds, *(schedule or {}).values()} - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        self.rate = rate
        self.kinds = kinds
        self.schedule = dict(schedule or {})
        self.only = only
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._count = 0

    def pick(self, method: str, path: str) -> str | None:
        with self._lock:
            self._count += 1
            if self._count in self.schedule:
                return self.schedule[self._count]
            if self.only and not f"{method} {path}".startswith(self.only):
                return None
            if self.rate and self._random.random() < self.rate:
                return self._random.choice(self.kinds)
            return None


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the server saw it; `repeat` is True when the same method, URL and body came before."""

    at: float
    method: str
    path: str
    query: str
    body_digest: str
    repeat: bool
    status: int | None
    fault: str | None


class TokenBucket:
    """The server's view of a rate: `rate` tokens a second, `burst` saved up at most (default one second's worth)."""

    def __init__(self, rate: float, burst: float | None = None) -> None:
        self.rate = rate
        self.burst = burst if burst is not None else max(1.0, rate)
        self._tokens = self.burst
        self._stamp = time.monotonic()
        self._lock = threading.Lock()

    def take(self) -> float:
        """0.0 when a request may pass, else the seconds until it could."""
        with self._lock:
            clock = time.monotonic()
            self._tokens = min(self.burst, self._tokens + (clock - self._stamp) * self.rate)
            self._stamp = clock
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return 0.0
            return (1.0 - self._tokens) / self.rate


class SlidingWindow:
    """At most `limit` events in any `window` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._events: deque[float] = deque()
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            clock = time.monotonic()
            while self._events and self._events[0] <= clock - self.window:
                self._events.popleft()
            if len(self._events) >= self.limit:
                return False
            self._events.append(clock)
            return True


class LocalActiveCampaign:
    """The server, its account and what it saw. Use as a context manager, or start()/stop().

    It listens on `host`:`port` as soon as it is made (port 0: a free one, see `port` and `base_url`).
    """

    def __init__(
        self,
        config: ServerConfig | None = None,
        faults: Faults | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.config = config or ServerConfig()
        self.faults = faults or Faults()
        self._server = _Server((host, port), _Handler)
        self._server.local_account = self  # type: ignore[attr-defined]
        self.port: int = self._server.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self.account = Account(self.base_url + API_PATH, import_delay=self.config.import_delay / self.config.time_scale)
        self.log: list[LoggedRequest] = []
        self._seen: set[tuple[str, str, str, str]] = set()
        self._log_lock = threading.Lock()
        self._buckets: dict[str, TokenBucket] = {}
        self._imports = SlidingWindow(self.config.imports_per_minute, self.config.minute)
        self._single_imports = SlidingWindow(self.config.single_contact_imports_per_minute, self.config.minute)
        self._thread: threading.Thread | None = None

    # Lifecycle

    def start(self) -> LocalActiveCampaign:
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="local-activecampaign", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> LocalActiveCampaign:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def clock(self) -> Clock | None:
        """What time it is for the records (their cdate/udate/mdate...); None, the default, is the real time.

        Set it to any callable giving aware datetimes to make times deterministic:
        `api.clock = lambda: moment` (and move `moment` on between requests)."""
        return self.account.clock

    @clock.setter
    def clock(self, clock: Clock | None) -> None:
        with self.account.lock:
            self.account.clock = clock

    # State for assertions

    def contact_by_email(self, email: str) -> JsonObject | None:
        with self.account.lock:
            self.account.complete_due_batches()
            contact_id = self.account.by_email.get(email.lower())
            return dict(self.account.contacts[contact_id]) if contact_id else None

    def contact_emails(self) -> list[str]:
        """Every contact's e-mail, one entry per contact (so a duplicate shows up twice)."""
        with self.account.lock:
            self.account.complete_due_batches()
            return [str(c["email"]) for c in self.account.contacts.values()]

    @property
    def count_429(self) -> int:
        return sum(1 for entry in self.log if entry.status == 429)

    def requests(self, method: str | None = None, path: str | None = None) -> list[LoggedRequest]:
        return [e for e in self.log if (method is None or e.method == method) and (path is None or e.path == path)]

    def answered_times(self) -> list[float]:
        """Arrival times of the requests that got past authentication and the rate limit."""
        return [e.at for e in self.log if e.status not in (401, 403, 429)]

    def seed_contacts(self, count: int, *, domain: str = "seed.example.com") -> None:
        """Adds `count` contacts directly, without requests (for paging and benchmarks)."""
        with self.account.lock:
            for n in range(count):
                self.account.store_contact({"email": f"c{n}@{domain}", "firstName": f"First{n}", "lastName": "Seed"})

    # Request handling (called from the handler threads)

    def _record(self, method: str, target: str, body: bytes) -> tuple[str, str, bool, float]:
        parts = urlsplit(target)
        digest = hashlib.sha256(body).hexdigest()
        key = (method, parts.path, parts.query, digest)
        with self._log_lock:
            repeat = key in self._seen
            self._seen.add(key)
        return parts.path, parts.query, repeat, time.monotonic()

    def _log(self, at: float, method: str, path: str, query: str, body: bytes, repeat: bool, status: int | None,
             fault: str | None) -> None:  # fmt: skip
        entry = LoggedRequest(at, method, path, query, hashlib.sha256(body).hexdigest()[:16], repeat, status, fault)
        with self._log_lock:
            self.log.append(entry)

    def _gate(self, headers: Any, method: str, path: str, body: Any) -> tuple[int, Any, dict[str, str]] | None:
        """Authentication, then the request rate, then the import rate: the answer when one refuses."""
        token = headers.get("Api-Token")
        if not token:
            return 401, {"message": "No API token given in the Api-Token header"}, {}
        if token != self.config.token:
            return 403, {"message": "You are not authorized to access this API"}, {}
        wait = self._bucket(token).take() if self.config.rate_per_second > 0 else 0.0
        if wait:
            return 429, RATE_LIMIT_BODY, {"Retry-After": f"{wait:.3f}"}
        if method == "POST" and path == "/import/bulk_import":
            rows = body.get("contacts") if isinstance(body, dict) else None
            window = self._single_imports if isinstance(rows, list) and len(rows) == 1 else self._imports
            if not window.take():
                return 400, IMPORT_RATE_BODY, {}
        return None

    def _bucket(self, token: str) -> TokenBucket:
        with self._log_lock:
            bucket = self._buckets.get(token)
            if bucket is None:
                bucket = self._buckets[token] = TokenBucket(self.config.request_rate)
            return bucket


class _Server(ThreadingHTTPServer):
    # The listen backlog: a burst of a hundred clients connecting at once is queued, not refused.
    request_queue_size = 1024
    daemon_threads = True


class BadFraming(Exception):
    """A request whose body cannot be read as framed: the answer, then the connection closes."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "activecampaign-local"
    # TCP_NODELAY: a small answer leaves at once instead of waiting on the client's delayed ACK.
    disable_nagle_algorithm = True
    # A client that stops sending mid-request (or idles on a kept-alive connection) is let go.
    timeout = 30.0

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _body(self) -> bytes:
        """The request body as its Content-Length frames it; BadFraming when it cannot be read safely."""
        if self.headers.get("Transfer-Encoding"):
            raise BadFraming(411, "Send the body with a Content-Length; chunked bodies are not accepted")
        lengths = self.headers.get_all("Content-Length") or []
        if not lengths:
            return b""
        if len(set(lengths)) > 1:
            raise BadFraming(400, "Conflicting Content-Length headers")
        text = lengths[0].strip()
        if not (text.isascii() and text.isdigit()):
            raise BadFraming(400, f"Content-Length must be a whole number of bytes, got {text[:40]!r}")
        length = int(text)
        if length > MAX_BODY:
            raise BadFraming(413, f"The body may be at most {MAX_BODY} bytes")
        return self.rfile.read(length)

    def _serve(self) -> None:
        local: LocalActiveCampaign = self.server.local_account  # type: ignore[attr-defined]
        try:
            raw = self._body()
        except BadFraming as bad:
            path = urlsplit(self.path).path.removeprefix(API_PATH) or "/"
            local._log(time.monotonic(), self.command, path, "", b"", False, bad.status, None)
            self._answer(bad.status, {"message": bad.message}, {"Connection": "close"})
            self.close_connection = True
            return
        url_path, query, repeat, at = local._record(self.command, self.path, raw)
        path = url_path.removeprefix(API_PATH) or "/"
        if local.config.latency:
            time.sleep(local.config.latency)
        try:
            body = json.loads(raw) if raw else None
        except (ValueError, RecursionError):
            local._log(at, self.command, path, query, raw, repeat, 400, None)
            self._answer(400, {"message": "The body is not JSON"})
            return
        if _too_deep(body):
            local._log(at, self.command, path, query, raw, repeat, 400, None)
            self._answer(400, {"message": f"The body nests deeper than {MAX_DEPTH} levels"})
            return
        refused = local._gate(self.headers, self.command, path, body)
        if refused is not None:
            status, payload, headers = refused
            local._log(at, self.command, path, query, raw, repeat, status, None)
            self._answer(status, payload, headers)
            return
        fault = local.faults.pick(self.command, path)
        if fault is not None and fault not in AFTER_EFFECT:
            status = int(fault)
            headers = {"Retry-After": "0"} if status == 429 else {}
            local._log(at, self.command, path, query, raw, repeat, status, fault)
            self._answer(status, {"message": f"local fault {fault}"}, headers)
            return
        request = Request(self.command, path, dict(parse_qsl(query, keep_blank_values=True)), body)
        try:
            status, payload = local.account.dispatch(request)
        except Exception as error:  # a bug here still gets an answer, and says what it was
            status, payload = 500, {"message": f"The local ActiveCampaign failed: {type(error).__name__}: {error}"}
        if fault == "slow":
            # Logged before the stall, so the log is complete once the client has given up.
            local._log(at, self.command, path, query, raw, repeat, status, fault)
            time.sleep(local.config.slow_seconds)
            with contextlib.suppress(OSError):  # the client gave up first, as intended
                self._answer(status, payload)
            return
        # Logged before answering: a client that has its answer may read the log at once.
        local._log(at, self.command, path, query, raw, repeat, _seen_status(fault, status), fault)
        if fault is None:
            self._answer(status, payload)
        else:
            self._fail_after(fault, status, payload)

    def _fail_after(self, fault: str, status: int, payload: Any) -> None:
        """Answers (or not) for a fault that strikes after the account acted."""
        if fault in ("502", "504"):
            self._answer(int(fault), "<html><body><h1>Gateway error</h1></body></html>", content_type="text/html")
            return
        if fault == "reset":
            self._reset()
            return
        content = json.dumps(payload).encode()
        if fault == "truncated":
            # A well-framed response whose JSON stops halfway (a proxy cut it short).
            self._answer(200, content[: len(content) // 2], content_type="application/json")
            return
        if fault == "html":
            self._answer(200, "<html><body>Maintenance</body></html>", content_type="text/html")
            return
        # "cut": the headers promise the whole body, the connection closes after half of it.
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content[: len(content) // 2])
        self.wfile.flush()
        self.close_connection = True

    def _reset(self) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()
        self.wfile.close()
        self.connection.close()
        self.close_connection = True

    def _answer(
        self, status: int, payload: Any, headers: dict[str, str] | None = None, *, content_type: str | None = None
    ) -> None:
        """The whole answer in one write: headers and body leave in one segment (no Nagle stall)."""
        if isinstance(payload, bytes | str):
            content = payload.encode() if isinstance(payload, str) else payload
        else:
            content = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type or "application/json")
        self.send_header("Content-Length", str(len(content)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self._headers_buffer.append(b"\r\n" + content)  # type: ignore[attr-defined]
        self.flush_headers()


def _too_deep(value: Any) -> bool:
    """Whether a parsed body nests deeper than MAX_DEPTH (walked without recursion)."""
    level: list[Any] = [value]
    for _ in range(MAX_DEPTH):
        level = [
            child
            for item in level
            if isinstance(item, dict | list)
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return True


def _seen_status(fault: str | None, status: int) -> int:
    """The status the client sees when `fault` strikes after the account answered `status` (0: none)."""
    if fault in ("502", "504"):
        return int(fault)
    if fault == "reset":
        return 0
    if fault in ("truncated", "html"):
        return 200
    return status
