"""Response bodies read and decoded within bounds: size, time and JSON nesting depth.

A reply is read as a stream, so a body larger than the cap (a compression bomb included) is cut off
after `max_bytes` decoded bytes instead of filling memory first, and a body dribbled slowly is cut off at
the call's deadline instead of resetting a per-read timeout forever. JSON is decoded by msgspec after a
scan of its nesting depth: msgspec recurses in C and raises `RecursionError` past Python's recursion
limit (about 1000 levels), and with a raised limit it could exhaust the C stack instead.
"""

from __future__ import annotations

import re
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from .errors import APIConnectionError, APITimeoutError, BodyDecodeError, ResponseDecodingError, ResponseTooLargeError

# 32 MiB: well above the API's largest page (100 records of the widest resource is well under 1 MiB).
DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024
# Deeper JSON is refused. The API's bodies nest a handful of levels; 256 leaves room for any payload a
# webhook or custom object could carry while staying far below where any recursive consumer fails.
MAX_JSON_DEPTH = 256
# How `BodyDecodeError.reason` begins for bytes that are no UTF-8.
NOT_UTF8 = "body is not UTF-8"
# The most the inflater produces in one step (less when the cap is nearer): output stays small and bounded.
_CHUNK = 64 * 1024

# Once escapes are gone and only quotes and brackets are left: a string, or the rest of the input after an
# unterminated one (so the scan never restarts inside it, which would make it quadratic).
_STRING = re.compile(rb'"[^"]*(?:"|\Z)')
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_PASSES = 8
_STEP = [0] * 256
for _open in b"[{":
    _STEP[_open] = 1
for _close in b"]}":
    _STEP[_close] = -1


def _nested_deeper_than(content: bytes, limit: int) -> bool:
    """Whether arrays and objects in `content` nest more than `limit` deep (brackets in strings do not count).

    Linear and without recursion; on invalid JSON the answer is meaningless but comes as fast.
    """
    # Escaped backslashes first (left to right, as a decoder pairs them), then escaped quotes: every quote
    # left delimits a string. All of it at C speed, on ever smaller copies.
    unescaped = content.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _NOT_STRUCTURE)
    # `""` is an empty string or the empty gap between two strings: dropping it drops no bracket.
    brackets = _STRING.sub(b"", unescaped.replace(b'""', b""))
    # Removing the empty pairs takes at least one level off every branch, at C speed: the API's bodies,
    # a few levels deep, vanish in a few passes. What is left is counted byte by byte.
    rest = brackets
    for _ in range(min(limit, _PASSES)):
        rest = rest.replace(b"[]", b"").replace(b"{}", b"")
        if not rest:
            return False
    depth = 0
    step = _STEP
    for byte in brackets:
        depth += step[byte]
        if depth > limit:
            return True
    return False


def decode_json(content: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """JSON decoded by msgspec; `BodyDecodeError` (a `ValueError`) when invalid or nested deeper than `max_depth`.

    Every JSON the SDK reads (response bodies, webhook payloads) goes through here.
    """
    data = content.encode() if isinstance(content, str) else content
    if _nested_deeper_than(data, max_depth):
        raise BodyDecodeError(f"JSON nested deeper than {max_depth} levels")
    import msgspec.json  # here, not at the top: importing the SDK should not pay for loading msgspec

    try:
        return msgspec.json.decode(data)
    except msgspec.DecodeError as exc:
        raise BodyDecodeError(f"body is not JSON: {exc}") from None
    except UnicodeDecodeError as exc:  # msgspec checks the UTF-8 of strings only as it decodes them
        raise BodyDecodeError(f"{NOT_UTF8}: {exc.reason} at byte {exc.start}") from None
    except RecursionError:  # only with a recursion limit far below the usual 1000
        raise BodyDecodeError(
            f"JSON nested too deeply to decode at this recursion limit ({max_depth} allowed)"
        ) from None


class _Inflater:
    """gzip or deflate decoding that never produces more than asked for per step (httpx's decoders inflate
    a whole 64 KiB network read at once: up to 64 MiB for a gzip bomb, before any cap can look)."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if encoding == "gzip" else zlib.MAX_WBITS)
        self._first = True

    def feed(self, data: bytes, room: int) -> Iterator[bytes]:
        """Decoded chunks of `data`, each at most `room + 1` bytes (one byte over tells the caller it overflowed)."""
        while data:
            try:
                out = self._zlib.decompress(data, max(1, min(room + 1, _CHUNK)))
            except zlib.error:
                if not (self._first and self._encoding == "deflate"):
                    raise
                # Some servers send raw deflate without the zlib header; httpx accepts both, so do we.
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                out = self._zlib.decompress(data, max(1, min(room + 1, _CHUNK)))
            self._first = False
            data = self._zlib.unconsumed_tail
            room -= len(out)
            if out:
                yield out
            if self._zlib.eof:
                return  # trailing bytes after the stream are ignored, as httpx does

    def flush(self) -> bytes:
        return self._zlib.flush() if not self._zlib.eof else b""


def _encoding(response: httpx.Response) -> str | None:
    """'identity', 'gzip' or 'deflate' when the SDK decodes the body itself; None to let httpx decode it."""
    values = [v.strip().lower() for v in response.headers.get("content-encoding", "").split(",") if v.strip()]
    values = [v for v in values if v != "identity"]
    if not values:
        return "identity"
    if len(values) == 1 and values[0] in ("gzip", "x-gzip", "deflate"):
        return "deflate" if values[0] == "deflate" else "gzip"
    return None  # br or zstd (only when their packages are installed), or stacked encodings: httpx decodes


class _Reader:
    """The bookkeeping shared by `read_body` and `aread_body`: the cap, the deadline, the decoder."""

    def __init__(self, response: httpx.Response, *, max_bytes: int, deadline: float, method: str, path: str) -> None:
        self.response = response
        self.max_bytes = max_bytes
        self.deadline = deadline
        self.method = method
        self.path = path
        self.encoding = _encoding(response)
        self.inflater = _Inflater(self.encoding) if self.encoding in ("gzip", "deflate") else None
        self.body = bytearray()

    def check_time(self) -> None:
        if time.monotonic() >= self.deadline:
            raise self.timeout()

    def timeout(self) -> APITimeoutError:
        return APITimeoutError(
            "the whole-call timeout expired while reading the body", method=self.method, path=self.path
        )

    def add(self, raw: bytes) -> None:
        """Decode and keep one network chunk (already decoded when httpx decodes)."""
        if self.inflater is None:
            self._keep(raw)
            return
        try:
            for out in self.inflater.feed(raw, self.max_bytes - len(self.body)):
                self._keep(out)
        except zlib.error as exc:
            raise self.decoding_error(f"{exc}") from None

    def finish(self) -> bytes:
        if self.inflater is not None:
            try:
                self._keep(self.inflater.flush())
            except zlib.error as exc:
                raise self.decoding_error(f"{exc}") from None
        return bytes(self.body)

    def whole(self, content: bytes) -> bytes:
        self._keep(content)
        return content

    def _keep(self, data: bytes) -> None:
        if len(self.body) + len(data) > self.max_bytes:
            raise ResponseTooLargeError(method=self.method, path=self.path, limit=self.max_bytes)
        self.body += data

    def transport_error(self, exc: httpx.TransportError) -> APIConnectionError:
        """The connection failed mid-body (dropped, or a read timed out)."""
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return kind(f"{type(exc).__name__} while reading the body: {exc}", method=self.method, path=self.path)

    def decoding_error(self, detail: str) -> ResponseDecodingError:
        encoding = self.response.headers.get("content-encoding", "")
        return ResponseDecodingError(
            self.response.status_code,
            method=self.method,
            path=self.path,
            body=None,
            reason=f"body does not decode as Content-Encoding {encoding!r}: {detail}",
        )


def _already_read(response: httpx.Response) -> bool:
    """A response built in memory (httpx.MockTransport, a test double) arrives read and decoded already."""
    try:
        response.content  # noqa: B018 - the attribute access is the test
    except httpx.ResponseNotRead:
        return False
    return True


def read_body(response: httpx.Response, *, max_bytes: int, deadline: float, method: str, path: str) -> bytes:
    """The decoded body of a response sent with `stream=True`, which this closes.

    Raises `ResponseTooLargeError` past `max_bytes` decoded bytes, `APITimeoutError` once `time.monotonic()`
    passes `deadline` (checked between network reads, so it may overshoot by up to one read timeout), and
    `ResponseDecodingError` when the body does not decode as its `Content-Encoding` says.
    """
    reader = _Reader(response, max_bytes=max_bytes, deadline=deadline, method=method, path=path)
    if _already_read(response):
        return reader.whole(response.content)
    chunks = response.iter_bytes() if reader.encoding is None else response.iter_raw()
    try:
        reader.check_time()
        for chunk in chunks:
            reader.add(chunk)
            reader.check_time()
        return reader.finish()
    except httpx.DecodingError as exc:
        raise reader.decoding_error(str(exc)) from None
    except httpx.TransportError as exc:
        raise reader.transport_error(exc) from exc
    finally:
        response.close()


async def aread_body(response: httpx.Response, *, max_bytes: int, deadline: float, method: str, path: str) -> bytes:
    """`read_body` for an `httpx.AsyncClient` response; here the deadline also interrupts a read in progress."""
    import asyncio  # here, not at the top: sync users should not pay for importing asyncio

    reader = _Reader(response, max_bytes=max_bytes, deadline=deadline, method=method, path=path)
    if _already_read(response):
        return reader.whole(response.content)
    chunks: AsyncIterator[bytes] = response.aiter_bytes() if reader.encoding is None else response.aiter_raw()
    loop = asyncio.get_running_loop()
    # asyncio's clock is time.monotonic() unless a loop replaces it: convert through "now" to be safe.
    loop_deadline = loop.time() + (deadline - time.monotonic())
    try:
        reader.check_time()
        async with asyncio.timeout_at(loop_deadline):
            async for chunk in chunks:
                reader.add(chunk)
        return reader.finish()
    except TimeoutError:
        raise reader.timeout() from None
    except httpx.DecodingError as exc:
        raise reader.decoding_error(str(exc)) from None
    except httpx.TransportError as exc:
        raise reader.transport_error(exc) from exc
    finally:
        await response.aclose()


def decoded_response(response: httpx.Response, body: bytes) -> httpx.Response:
    """A copy of `response` holding `body` already decoded, for code that reads `.content` or `.json()`.

    The encoding headers go: httpx would otherwise decode the decoded bytes a second time.
    """
    headers = httpx.Headers(
        [(k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-encoding", "content-length")]
    )
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=response.extensions,
    )
