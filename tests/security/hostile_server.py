"""A loopback HTTP server that answers the way a hostile or broken API could: huge, bombed, dribbled, mis-encoded.

Routes (the path's last segment): `big` (200 MB of JSON-ish bytes, streamed from one reused chunk),
`bomb` (about 0.5 MB of gzip inflating to 500 MB), `dribble` (a 60-byte body, one byte every 0.25 s),
`badgzip` (`Content-Encoding: gzip` over bytes that are not gzip), and `gzip`, `deflate`, `rawdeflate`,
`plain` (a small JSON body, encoded as named).
"""

from __future__ import annotations

import functools
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from ..loopback import PromptHandler
from .tls_server import QuietServer

BIG_BYTES = 200 * 1024 * 1024
BOMB_INFLATED = 500 * 1024 * 1024
DRIBBLE_BYTES = 60
DRIBBLE_GAP = 0.25
SMALL_JSON = b'{"tags": [{"id": "1", "tag": "VIP"}], "meta": {"total": "1"}}'
_MIB = b"x" * (1024 * 1024)


@functools.cache
def gzip_bomb() -> bytes:
    """gzip of BOMB_INFLATED zero bytes, compressed once per test run (about 0.5 MB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(1024 * 1024)
    parts = [compressor.compress(zeros) for _ in range(BOMB_INFLATED // len(zeros))]
    return b"".join([*parts, compressor.flush()])


def _encoded(kind: str) -> bytes:
    if kind == "gzip":
        compressor = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    elif kind == "deflate":
        compressor = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS)
    else:  # raw deflate, no zlib header: sent by some servers as "deflate"
        compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(SMALL_JSON) + compressor.flush()


class _Hostile(PromptHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        route = self.path.rsplit("/", 1)[-1]
        if route == "big":
            self._head(BIG_BYTES)
            for _ in range(BIG_BYTES // len(_MIB)):
                self.wfile.write(_MIB)
        elif route == "bomb":
            self._body(gzip_bomb(), "gzip")
        elif route == "dribble":
            self._head(DRIBBLE_BYTES)
            for _ in range(DRIBBLE_BYTES):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(DRIBBLE_GAP)
        elif route == "badgzip":
            self._body(b"this is not gzip at all", "gzip")
        elif route in ("gzip", "deflate", "rawdeflate"):
            self._body(_encoded(route), "deflate" if route == "rawdeflate" else route)
        else:
            self._body(SMALL_JSON, None)

    def _head(self, length: int, encoding: str | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(length))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()

    def _body(self, body: bytes, encoding: str | None) -> None:
        self._head(len(body), encoding)
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def hostile_server() -> Iterator[str]:
    """Yields the server's origin, `http://127.0.0.1:<port>`."""
    server = QuietServer(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
