"""No reply can exhaust memory or time: bodies are read against a decoded-size cap and a whole-call deadline.

Against our own loopback server (`hostile_server`): a 200 MB body and a 0.5 MB gzip bomb must not raise
peak memory (tracemalloc) beyond twice the cap, a body dribbled one byte every 0.25 s is cut off at the
deadline, and a body that is not what its Content-Encoding says is a typed error; sync and async alike.
"""

from __future__ import annotations

import asyncio
import json
import time
import tracemalloc
from collections.abc import Callable, Iterator

import httpx
import pytest
from activecampaign_sdk import errors
from activecampaign_sdk.bodies import DEFAULT_MAX_BODY_BYTES, aread_body, decoded_response, read_body

from ..timing import Lateness
from .hostile_server import DRIBBLE_GAP, SMALL_JSON, gzip_bomb, hostile_server

MIB = 1024 * 1024


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    gzip_bomb()  # compressed before any measurement
    with hostile_server() as url:
        yield url


def read_sync(origin: str, route: str, *, max_bytes: int = DEFAULT_MAX_BODY_BYTES, seconds: float = 30.0) -> bytes:
    with httpx.Client(timeout=5.0) as http:
        response = http.send(http.build_request("GET", f"{origin}/api/3/{route}"), stream=True)
        deadline = time.monotonic() + seconds
        return read_body(response, max_bytes=max_bytes, deadline=deadline, method="GET", path=f"/{route}")


def read_async(origin: str, route: str, *, max_bytes: int = DEFAULT_MAX_BODY_BYTES, seconds: float = 30.0) -> bytes:
    async def run() -> bytes:
        async with httpx.AsyncClient(timeout=5.0) as http:
            response = await http.send(http.build_request("GET", f"{origin}/api/3/{route}"), stream=True)
            deadline = time.monotonic() + seconds
            return await aread_body(response, max_bytes=max_bytes, deadline=deadline, method="GET", path=f"/{route}")

    return asyncio.run(run())


READERS = [pytest.param(read_sync, id="sync"), pytest.param(read_async, id="async")]
Reader = Callable[..., bytes]


def peak_while(action: Callable[[], object]) -> int:
    """The peak of traced memory, in bytes above what was allocated when `action` started."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        action()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("read", READERS)
def test_a_200_mb_body_stops_at_the_cap_without_holding_more(origin: str, read: Reader) -> None:
    caught: list[errors.ResponseTooLargeError] = []

    def action() -> None:
        with pytest.raises(errors.ResponseTooLargeError) as exc:
            read(origin, "big")
        caught.append(exc.value)

    peak = peak_while(action)
    print(f"200 MB body, cap {DEFAULT_MAX_BODY_BYTES // MIB} MiB: peak {peak / MIB:.1f} MiB")
    assert peak < 2 * DEFAULT_MAX_BODY_BYTES
    error = caught[0]
    assert (error.method, error.path, error.limit) == ("GET", "/big", DEFAULT_MAX_BODY_BYTES)
    assert isinstance(error, errors.ActiveCampaignError) and "exceeds" in str(error)


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("cap", [4 * MIB, DEFAULT_MAX_BODY_BYTES])
def test_a_gzip_bomb_never_inflates_past_the_cap(origin: str, read: Reader, cap: int) -> None:
    # httpx's own decoder inflates each 64 KiB network read at once (up to 64 MiB for a bomb): with a
    # 4 MiB cap, that alone would be 16 times the cap.
    def action() -> None:
        with pytest.raises(errors.ResponseTooLargeError):
            read(origin, "bomb", max_bytes=cap)

    peak = peak_while(action)
    print(f"gzip bomb of {len(gzip_bomb()) / MIB:.2f} MiB, cap {cap // MIB} MiB: peak {peak / MIB:.1f} MiB")
    assert peak < 2 * cap


@pytest.mark.parametrize("read", READERS)
def test_a_dribbled_body_is_cut_off_at_the_deadline(origin: str, read: Reader) -> None:
    with Lateness() as lateness:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="whole-call timeout") as caught:
            read(origin, "dribble", seconds=1.0)
        elapsed = time.monotonic() - started
    # The whole body would take 15 s. Sync checks between reads: at most one gap (0.25 s) late.
    assert 0.9 <= elapsed < lateness.upper(1.0 + DRIBBLE_GAP + 1.0), (elapsed, lateness.describe())
    assert (caught.value.method, caught.value.path) == ("GET", "/dribble")


@pytest.mark.parametrize("read", READERS)
def test_a_body_that_is_not_what_its_encoding_says_is_a_parse_error(origin: str, read: Reader) -> None:
    with pytest.raises(errors.ResponseDecodingError, match="Content-Encoding 'gzip'") as caught:
        read(origin, "badgzip")
    assert isinstance(caught.value, errors.ResponseParseError)
    assert (caught.value.status, caught.value.path, caught.value.body) == (200, "/badgzip", None)


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("route", ["plain", "gzip", "deflate", "rawdeflate"])
def test_ordinary_bodies_arrive_whole_and_decoded(origin: str, read: Reader, route: str) -> None:
    assert read(origin, route) == SMALL_JSON
    assert read(origin, route, max_bytes=len(SMALL_JSON)) == SMALL_JSON, "a body of exactly the cap fits"
    with pytest.raises(errors.ResponseTooLargeError):
        read(origin, route, max_bytes=len(SMALL_JSON) - 1)


def test_a_deadline_already_past_reads_nothing(origin: str) -> None:
    with pytest.raises(errors.APITimeoutError):
        read_sync(origin, "plain", seconds=-1.0)
    with pytest.raises(errors.APITimeoutError):
        read_async(origin, "plain", seconds=-1.0)


def test_a_response_already_in_memory_is_held_to_the_cap_too() -> None:
    # httpx.MockTransport (and any test double) hands over responses read and decoded already.
    response = httpx.Response(200, json={"tag": "x" * 100})
    deadline = time.monotonic() + 5
    assert read_body(response, max_bytes=1000, deadline=deadline, method="GET", path="/t") == response.content
    with pytest.raises(errors.ResponseTooLargeError):
        read_body(response, max_bytes=10, deadline=deadline, method="GET", path="/t")


def test_the_decoded_response_reads_as_json_once(origin: str) -> None:
    with httpx.Client(timeout=5.0) as http:
        response = http.send(http.build_request("GET", f"{origin}/api/3/gzip"), stream=True)
        body = read_body(response, max_bytes=MIB, deadline=time.monotonic() + 5, method="GET", path="/gzip")
    decoded = decoded_response(response, body)
    assert "content-encoding" not in decoded.headers
    assert decoded.json() == json.loads(SMALL_JSON)
    assert decoded.request.url == response.request.url
