"""The test servers answer a small request within 3x a bare loopback server (no Nagle/delayed-ACK stall).

Both are timed over one keep-alive httpx connection each, interleaved, and compared by the median,
so a loaded machine slows both alike. With Nagle's algorithm on, each small answer of
`http.server` waited ~40 ms for the client's delayed acknowledgement: about 70x the bare server.
"""

from __future__ import annotations

import statistics
import time

import httpx

from ..loopback import bare_server
from .hostile_server import hostile_server

ROUNDS = 40


def _seconds(http: httpx.Client, url: str) -> float:
    started = time.perf_counter()
    assert http.get(url).status_code == 200
    return time.perf_counter() - started


def test_a_small_answer_of_the_hostile_server_takes_at_most_3x_a_bare_server() -> None:
    with hostile_server() as hostile, bare_server() as bare, httpx.Client() as one, httpx.Client() as other:
        for _ in range(3):  # connect and warm up
            _seconds(one, f"{hostile}/api/3/plain")
            _seconds(other, f"{bare}/api/3/plain")
        timed: dict[str, list[float]] = {"hostile": [], "bare": []}
        for _ in range(ROUNDS):
            timed["hostile"].append(_seconds(one, f"{hostile}/api/3/plain"))
            timed["bare"].append(_seconds(other, f"{bare}/api/3/plain"))
    hostile_median, bare_median = statistics.median(timed["hostile"]), statistics.median(timed["bare"])
    assert hostile_median <= 3 * bare_median, f"{hostile_median * 1e3:.2f} ms vs bare {bare_median * 1e3:.2f} ms"
