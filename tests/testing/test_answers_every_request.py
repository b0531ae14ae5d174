"""The stand-in answers every request, at once: a small write within 3x a bare loopback server,
a 4xx for every malformed request (never silence, never a blocked handler), and a burst of a
hundred simultaneous clients all answered within 5 s. Loopback only; counts and times bounded."""

from __future__ import annotations

import asyncio
import socket
import statistics
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

SMALL = b'{"tag": {"id": "1", "tag": "vip"}}'


class _BareHandler(BaseHTTPRequestHandler):
    """The floor: a loopback HTTP server that reads the body and writes its answer in one send."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        head = b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(SMALL)
        self.wfile.write(head + SMALL)


@pytest.fixture
def bare() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BareHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/3/tags"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _sync_medians(stand_in: tuple[str, dict[str, str]], floor: str, count: int) -> tuple[float, float]:
    times: dict[str, list[float]] = {"stand-in": [], "bare": []}
    with httpx.Client() as client:
        for n in range(count):  # interleaved, so load on the machine falls on both alike
            for name, url, headers in (("stand-in", *stand_in), ("bare", floor, {})):
                started = time.perf_counter()
                answer = client.post(url, json={"tag": {"tag": f"t{n}"}}, headers=headers)
                times[name].append(time.perf_counter() - started)
                assert answer.status_code == 201
    return statistics.median(times["stand-in"]), statistics.median(times["bare"])


def _async_medians(stand_in: tuple[str, dict[str, str]], floor: str, count: int) -> tuple[float, float]:
    async def run() -> tuple[float, float]:
        times: dict[str, list[float]] = {"stand-in": [], "bare": []}
        async with httpx.AsyncClient() as client:
            for n in range(count):
                for name, url, headers in (("stand-in", *stand_in), ("bare", floor, {})):
                    started = time.perf_counter()
                    answer = await client.post(url, json={"tag": {"tag": f"t{n}"}}, headers=headers)
                    times[name].append(time.perf_counter() - started)
                    assert answer.status_code == 201
        return statistics.median(times["stand-in"]), statistics.median(times["bare"])

    return asyncio.run(run())


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_small_write_is_answered_within_3x_a_bare_loopback_server(bare: str, flavour: str) -> None:
    """Median of 30 small POSTs each. Before the fix the stand-in took ~44 ms (Nagle meeting the client's
    delayed ACK) against ~0.5 ms: ~90x. The best of three rounds is kept, so one burst of load elsewhere
    on a shared machine does not decide it; a stall would show in every round."""
    measure = _sync_medians if flavour == "sync" else _async_medians
    with LocalActiveCampaign(ServerConfig(rate_per_second=0)) as server:
        stand_in = (server.base_url + "/api/3/tags", {"Api-Token": server.config.token})
        rounds = []
        for _ in range(3):
            ours, floor = measure(stand_in, bare, 30)
            rounds.append((ours / floor, ours, floor))
            if ours / floor <= 3:
                break
    ratio, ours, floor = min(rounds)
    assert ratio <= 3, f"stand-in {ours * 1000:.2f} ms vs bare {floor * 1000:.2f} ms ({ratio:.1f}x): {rounds}"
    assert ours < 0.02, "no small write stalls (the Nagle/delayed-ACK stall was ~44 ms)"


def _exchange(port: int, request: bytes, timeout: float = 5.0) -> tuple[int, bytes]:
    """Sends raw bytes; the status and body of the answer (it must come within `timeout`)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            assert chunk, f"the connection closed without an answer: {data!r}"
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        length = next(int(line.split(b":")[1]) for line in lines if line.lower().startswith(b"content-length:"))
        while len(rest) < length:
            chunk = sock.recv(65536)
            assert chunk, "the answer was cut"
            rest += chunk
        return int(lines[0].split()[1]), rest


def _post(token: str, body: bytes, *, length: bytes | None = None, extra: bytes = b"") -> bytes:
    framing = b"Content-Length: " + (str(len(body)).encode() if length is None else length) + b"\r\n"
    head = b"POST /api/3/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nApi-Token: " + token.encode() + b"\r\n"
    return head + framing + extra + b"\r\n" + body


@pytest.mark.parametrize(
    ("name", "length", "body", "extra", "status"),
    [
        ("negative length", b"-1", b'{"contact": {}}', b"", 400),
        ("length not a number", b"abc", b'{"contact": {}}', b"", 400),
        ("length of 2**40", str(2**40).encode(), b'{"contact": {}}', b"", 413),
        ("conflicting lengths", b"2", b"{}", b"Content-Length: 5\r\n", 400),
        ("chunked body", None, b"2\r\n{}\r\n0\r\n\r\n", b"Transfer-Encoding: chunked\r\n", 411),
        ("100,000 nested arrays", None, b"[" * 100_000 + b"]" * 100_000, b"", 400),
        ("100 nested objects", None, b'{"contact": ' * 100 + b"1" + b"}" * 100, b"", 400),
        ("not JSON", None, b"\xff\xfe{", b"", 400),
    ],
)
def test_a_malformed_request_gets_a_4xx_and_the_server_goes_on(
    name: str, length: bytes | None, body: bytes, extra: bytes, status: int
) -> None:
    with LocalActiveCampaign(ServerConfig(rate_per_second=0)) as server:
        token = server.config.token
        if extra.startswith(b"Transfer-Encoding"):
            request = _post(token, b"", length=None, extra=extra).replace(b"Content-Length: 0\r\n", b"") + body
        else:
            request = _post(token, body, length=length, extra=extra)
        started = time.monotonic()
        got, answer = _exchange(server.port, request)
        assert got == status, (name, answer)
        assert time.monotonic() - started < 2.0
        assert b"message" in answer
        # The server, and a well-formed request, still work.
        fine = _exchange(server.port, _post(token, b'{"contact": {"email": "ada@example.com"}}'))
        assert fine[0] == 201


def test_a_burst_of_100_simultaneous_clients_is_all_answered_within_5s() -> None:
    clients = 100
    with LocalActiveCampaign() as server:  # the real 5/s limit: most get a 429, which is an answer
        request = b"GET /api/3/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nApi-Token: " + server.config.token.encode()
        request += b"\r\nConnection: close\r\n\r\n"
        start = threading.Barrier(clients)
        statuses: list[int] = []
        failures: list[BaseException] = []
        lock = threading.Lock()

        def one() -> None:
            try:
                start.wait(timeout=10)
                status, _ = _exchange(server.port, request, timeout=5.0)
                with lock:
                    statuses.append(status)
            except BaseException as error:  # recorded, so the assertion can name it
                with lock:
                    failures.append(error)

        threads = [threading.Thread(target=one) for _ in range(clients)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=15)
        elapsed = time.monotonic() - began
    assert not failures, failures[:3]
    assert len(statuses) == clients and set(statuses) <= {200, 429}
    assert statuses.count(200) >= 1
    assert elapsed < 5.0 + 1.0  # thread start-up on a loaded machine adds to the 5 s the clients allow


def test_the_listen_backlog_takes_a_burst() -> None:
    with LocalActiveCampaign() as server:
        assert server._server.request_queue_size >= 128
        assert server._server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) == 1
