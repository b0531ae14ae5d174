"""What the test servers in `tests/` share: a handler that answers at once, and a bare server to compare with.

`http.server` writes a response's headers and its body in two sends. With Nagle's algorithm on,
the second small send waits for the client to acknowledge the first, and the client delays that
acknowledgement by up to 40 ms: every small answer of a keep-alive server stalls. `PromptHandler`
turns Nagle off (TCP_NODELAY) for every connection it serves.

`bare_server()` is the floor a test server is held to: one thread reading requests off one socket
and answering each with a canned small JSON body in one send.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

SMALL_BODY = b'{"tags": [{"id": "1", "tag": "VIP"}], "meta": {"total": "1"}}'


class PromptHandler(BaseHTTPRequestHandler):
    """A `BaseHTTPRequestHandler` whose headers and body leave without the Nagle/delayed-ACK stall."""

    disable_nagle_algorithm = True


def _answer_forever(connection: socket.socket) -> None:
    answer = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + str(len(SMALL_BODY)).encode()
        + b"\r\n\r\n"
        + SMALL_BODY
    )
    pending = b""
    with connection:
        while True:
            try:
                chunk = connection.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            pending += chunk
            while b"\r\n\r\n" in pending:  # the requests here have no body
                _, pending = pending.split(b"\r\n\r\n", 1)
                connection.sendall(answer)


@contextlib.contextmanager
def bare_server() -> Iterator[str]:
    """A keep-alive HTTP/1.1 server answering every GET with `SMALL_BODY` in one send; yields its origin."""
    listener = socket.create_server(("127.0.0.1", 0))
    stopping = threading.Event()

    def accept() -> None:
        while not stopping.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_answer_forever, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stopping.set()
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        listener.close()
        thread.join(timeout=5)
